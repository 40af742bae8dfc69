package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.SchoolService;

/**
 * Who wrote posts, through membership's read API: their name, job title and schools, as the news
 * pages introduce an author. Asks for no permission: anyone signed in may read who a person is.
 */
@ApplicationScoped
class Authors {
  @Inject PeopleService people;
  @Inject SchoolService schools;

  /** The person, if there is one with this id (leavers included, without schools). */
  Optional<AuthorView> find(long personId) {
    return people
        .find(personId)
        .map(
            p ->
                new AuthorView(
                    p.id(),
                    p.displayName(),
                    p.jobTitle(),
                    p.active()
                        ? schools.names(false).entrySet().stream()
                            .filter(s -> p.schools().containsKey(s.getKey()))
                            .map(Map.Entry::getValue)
                            .toList()
                        : List.of()));
  }
}
