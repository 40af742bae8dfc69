package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * "Which schools can help with this area?": the schools, most published case studies in it first,
 * then most staff strong in it.
 */
public record ExpertiseView(FocusAreaView area, List<SchoolExpertiseView> schools)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ExpertiseView {
    schools = List.copyOf(schools);
  }
}
