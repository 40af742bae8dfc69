package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A person on a network's page: name, job title and schools (from membership), and, for members of
 * a cohort, when their membership lapses.
 */
public record MemberLine(
    long personId, String name, String jobTitle, List<String> schools, LocalDate lapsesOn)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public MemberLine {
    schools = List.copyOf(schools);
  }
}
