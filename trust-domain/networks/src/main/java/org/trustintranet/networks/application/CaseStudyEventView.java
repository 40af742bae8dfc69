package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.Instant;
import org.trustintranet.networks.domain.CaseStudyStep;

/** A step of a case study's history: what, who (by name), when, and any comments. */
public record CaseStudyEventView(CaseStudyStep step, String who, Instant at, String comment)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
