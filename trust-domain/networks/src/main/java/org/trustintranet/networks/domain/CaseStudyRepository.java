package org.trustintranet.networks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Case studies, their history and their search. */
public interface CaseStudyRepository {
  CaseStudy add(CaseStudy study);

  Optional<CaseStudy> find(long id);

  void addEvent(CaseStudyEvent event);

  /** The case study's history, oldest first. */
  List<CaseStudyEvent> history(long caseStudyId);

  /** Sets the words a published case study is found by. */
  void index(long caseStudyId, String searchText);

  /** Published case studies matching the query, newest first, at most {@code limit}. */
  List<CaseStudy> search(CaseStudyQuery query, int limit);

  /**
   * The case studies not yet published that are written for these schools or by this person, latest
   * change first.
   */
  List<CaseStudy> inProgress(Collection<Long> schoolIds, long personId);

  /** Submitted and approved case studies, awaiting an education officer, oldest change first. */
  List<CaseStudy> awaitingReview();

  /** For a focus area: each school's number of published case studies in it. */
  Map<Long, Long> publishedPerSchool(long focusAreaId);

  CaseStudyFile addFile(CaseStudyFile file);

  Optional<CaseStudyFile> findFile(long id);

  /** The case study's files, by name. */
  List<CaseStudyFile> files(long caseStudyId);

  void removeFile(CaseStudyFile file);

  void flush();
}
