package org.trustintranet.networks.domain;

import java.io.Serializable;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SearchQuery;

/**
 * A search of the case-study library: the words (every one required, through the full-text index),
 * and optionally a focus area, a phase and a school. Only published case studies are found.
 */
public record CaseStudyQuery(SearchQuery words, Long focusAreaId, Phase phase, Long schoolId)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final CaseStudyQuery ALL = new CaseStudyQuery(SearchQuery.NONE, null, null, null);

  public CaseStudyQuery {
    words = words == null ? SearchQuery.NONE : words;
  }
}
