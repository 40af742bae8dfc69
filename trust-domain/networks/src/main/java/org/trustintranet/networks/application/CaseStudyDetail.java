package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * One case study for its page: the case study, its history (oldest first), its files (by name), and
 * what the asker may do with it now: edit and submit it (its authors and school admins, while a
 * draft or returned), return or approve it (an education officer, once submitted), publish it (an
 * education officer, once approved).
 */
public record CaseStudyDetail(
    CaseStudyView caseStudy,
    List<CaseStudyEventView> history,
    List<CaseStudyFileView> files,
    boolean mayEdit,
    boolean mayReview,
    boolean mayPublish)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public CaseStudyDetail {
    history = List.copyOf(history);
    files = List.copyOf(files);
  }
}
