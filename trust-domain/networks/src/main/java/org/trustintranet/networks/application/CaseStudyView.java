package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.Instant;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.networks.domain.CaseStudyState;

/**
 * A case study as the library and its page show it: what it says, the school (by name), its phase
 * and focus area (both names), where it stands, and when it last changed and was published.
 */
public record CaseStudyView(
    long id,
    String title,
    long schoolId,
    String schoolName,
    Phase phase,
    FocusAreaView area,
    String subject,
    String context,
    String actions,
    String impact,
    String contact,
    CaseStudyState state,
    Instant updatedAt,
    Instant publishedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The start of its context, for the library's list: at most 300 characters. */
  public String summary() {
    return context.length() <= 300 ? context : context.substring(0, 297).strip() + "…";
  }
}
