package org.trustintranet.resources.domain;

/** What kind of teaching resource it is. A managed list. */
public enum ResourceType {
  LESSON_PLAN,
  SLIDES,
  WORKSHEET,
  ASSESSMENT,
  SCHEME_OF_WORK,
  KNOWLEDGE_ORGANISER,
  VIDEO,
  OTHER
}
