package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.networks.domain.CaseStudyDetails;
import org.trustintranet.networks.domain.CaseStudyQuery;

/**
 * Case studies: schools write up what improved pupils' learning; education officers return them
 * with comments or approve and publish them; everyone of the trust searches the published ones (the
 * library). Who may do what: {@link org.trustintranet.networks.domain.CaseStudyPolicy}. Each step
 * is kept in the case study's history and mailed to its authors.
 */
public interface CaseStudyService {
  String NOT_FOUND = "error.caseStudy.notFound";

  /** At most this many case studies answer one search of the library. */
  int LIBRARY_LIMIT = 100;

  /** Published case studies matching the query, newest first (at most {@value #LIBRARY_LIMIT}). */
  List<CaseStudyView> library(@NotNull CaseStudyQuery query);

  /** The asker's own and their administered schools' case studies not yet published. */
  List<CaseStudyView> inProgress();

  /** Case studies submitted or approved, awaiting an education officer: for education officers. */
  List<CaseStudyView> reviewQueue();

  /** Whether the asker may write case studies for some school (teachers and admins). */
  boolean mayWrite();

  /** The open schools the asker may write case studies for, by name. */
  List<SchoolView> writableSchools();

  /** Whether the asker reviews case studies (education officers). */
  boolean mayReview();

  /** One case study, with its history; not found when the asker may not see it. */
  CaseStudyDetail caseStudy(long id);

  /** A new draft for the details' school. Returns its id. */
  long create(@NotNull CaseStudyDetails details);

  /** New details, while a draft or returned (the school stays). */
  void change(long id, @NotNull CaseStudyDetails details);

  /** For review by an education officer. */
  void submit(long id);

  /** Back to its authors with an education officer's comments. */
  void returnWithComments(long id, String comments);

  /** Approved by an education officer. */
  void approve(long id);

  /** Into the library, once approved, by an education officer. */
  void publish(long id);
}
