package org.trustintranet.membership.application;

import java.io.Serializable;
import java.util.Map;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * Who a person is, as another context needs to show or check them: their name and job title,
 * whether they are still active, and their role at each school they belong to now.
 */
public record PersonSummary(
    long id, String displayName, String jobTitle, boolean active, Map<Long, SchoolRole> schools)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PersonSummary {
    schools = Map.copyOf(schools);
  }
}
