package org.trustintranet.networks.domain;

import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.Phase;

/**
 * What a case study says, checked: a title, the school that writes it up, the phase, a focus area
 * of the trust's list, an optional subject, the context, what the school did, the evidence of
 * impact on pupils' learning, and whom to contact. A draft needs the title, school, phase and focus
 * area; the three texts and the contact may wait until it is submitted ({@link #isComplete}). Each
 * text within its limit; text is trimmed, nothing becomes the empty string.
 */
public record CaseStudyDetails(
    String title,
    long schoolId,
    Phase phase,
    long focusAreaId,
    String subject,
    String context,
    String actions,
    String impact,
    String contact) {
  public static final int TITLE_LENGTH = 150;
  public static final int SUBJECT_LENGTH = 80;
  public static final int TEXT_LENGTH = 4000;
  public static final int CONTACT_LENGTH = 200;

  public CaseStudyDetails {
    title = text(title, TITLE_LENGTH, "error.caseStudy.titleTooLong");
    if (title.isEmpty()) {
      throw new BusinessException("error.caseStudy.titleRequired");
    }
    if (schoolId <= 0) {
      throw new BusinessException("error.caseStudy.schoolRequired");
    }
    if (phase == null) {
      throw new BusinessException("error.caseStudy.phaseRequired");
    }
    if (focusAreaId <= 0) {
      throw new BusinessException("error.caseStudy.areaRequired");
    }
    subject = text(subject, SUBJECT_LENGTH, "error.caseStudy.subjectTooLong");
    context = text(context, TEXT_LENGTH, "error.caseStudy.contextTooLong");
    actions = text(actions, TEXT_LENGTH, "error.caseStudy.actionsTooLong");
    impact = text(impact, TEXT_LENGTH, "error.caseStudy.impactTooLong");
    contact = text(contact, CONTACT_LENGTH, "error.caseStudy.contactTooLong");
  }

  private static String text(String value, int limit, String tooLong) {
    String words = value == null ? "" : value.strip();
    if (words.length() > limit) {
      throw new BusinessException(tooLong, limit);
    }
    return words;
  }

  /** Whether it says enough to be reviewed: the context, what was done, the impact, a contact. */
  public boolean isComplete() {
    return !context.isEmpty() && !actions.isEmpty() && !impact.isEmpty() && !contact.isEmpty();
  }
}
