package org.trustintranet.membership.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * Who a person is, as another context needs to show or check them: their name and job title,
 * whether they are still active, their role at each school they belong to now, and those schools'
 * names in alphabetical order (for a byline: "Jo Jones, Director of ITT, Oakfield Primary School").
 */
public record PersonSummary(
    long id,
    String displayName,
    String jobTitle,
    boolean active,
    Map<Long, SchoolRole> schools,
    List<String> schoolNames)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PersonSummary {
    schools = Map.copyOf(schools);
    schoolNames = List.copyOf(schoolNames);
  }
}
