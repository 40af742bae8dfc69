package org.trustintranet.resources.domain;

/**
 * The subjects of the national curriculum, with religious education and PSHE, which schools teach
 * alongside it. A managed list: a resource has exactly one.
 */
public enum Subject {
  ART_AND_DESIGN,
  CITIZENSHIP,
  COMPUTING,
  DESIGN_AND_TECHNOLOGY,
  ENGLISH,
  GEOGRAPHY,
  HISTORY,
  LANGUAGES,
  MATHEMATICS,
  MUSIC,
  PHYSICAL_EDUCATION,
  PSHE,
  RELIGIOUS_EDUCATION,
  SCIENCE
}
