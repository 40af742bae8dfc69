package org.trustintranet.networks.domain;

import org.trustintranet.kernel.domain.BusinessException;

/**
 * What a programme is, checked: a title, a career stage, a description, the provider school, the
 * term, how many places (1 to {@value #MOST_PLACES}) and the cost in pence (0: free, at most
 * {@value #MOST_PENCE}).
 */
public record ProgrammeDetails(
    String title,
    CareerStage stage,
    String description,
    long providerSchoolId,
    Term term,
    int places,
    int costPence) {
  public static final int TITLE_LENGTH = 150;
  public static final int DESCRIPTION_LENGTH = 4000;
  public static final int MOST_PLACES = 1000;
  public static final int MOST_PENCE = 10_000_00;

  public ProgrammeDetails {
    title = title == null ? "" : title.strip();
    if (title.isEmpty()) {
      throw new BusinessException("error.learning.titleRequired");
    }
    if (title.length() > TITLE_LENGTH) {
      throw new BusinessException("error.learning.titleTooLong", TITLE_LENGTH);
    }
    description = description == null ? "" : description.strip();
    if (description.length() > DESCRIPTION_LENGTH) {
      throw new BusinessException("error.learning.descriptionTooLong", DESCRIPTION_LENGTH);
    }
    if (stage == null) {
      throw new BusinessException("error.learning.stageRequired");
    }
    if (term == null) {
      throw new BusinessException("error.learning.term");
    }
    if (providerSchoolId <= 0) {
      throw new BusinessException("error.learning.providerRequired");
    }
    if (places < 1 || places > MOST_PLACES) {
      throw new BusinessException("error.learning.places", MOST_PLACES);
    }
    if (costPence < 0 || costPence > MOST_PENCE) {
      throw new BusinessException("error.learning.cost");
    }
  }
}
