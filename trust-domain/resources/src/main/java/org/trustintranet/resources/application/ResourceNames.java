package org.trustintranet.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.resources.domain.ResourceRow;

/** Names of schools and people for the library's pages, through membership's API. */
@ApplicationScoped
class ResourceNames {
  @Inject SchoolService schools;
  @Inject PeopleService people;

  Map<Long, String> schoolNames() {
    return schools.names(true);
  }

  Map<Long, String> people(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (PersonSummary p : people.findAll(ids).values()) {
      names.put(p.id(), p.displayName());
    }
    return names;
  }

  List<ResultView> results(List<ResourceRow> rows, java.time.LocalDate today) {
    Map<Long, String> schoolNames = schoolNames();
    Map<Long, String> owners = people(rows.stream().map(ResourceRow::ownerId).distinct().toList());
    return rows.stream()
        .map(
            r ->
                new ResultView(
                    r,
                    schoolNames.getOrDefault(r.schoolId(), ""),
                    owners.getOrDefault(r.ownerId(), ""),
                    r.assuredUntil() != null && !r.assuredUntil().isBefore(today),
                    r.createdAt()))
        .toList();
  }
}
