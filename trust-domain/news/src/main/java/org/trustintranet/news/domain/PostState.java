package org.trustintranet.news.domain;

/** Where a post is in its life: written but not shown, shown to its audience, or taken down. */
public enum PostState {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
