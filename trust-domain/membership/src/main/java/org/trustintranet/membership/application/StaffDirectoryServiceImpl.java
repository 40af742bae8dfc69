package org.trustintranet.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.membership.domain.StaffFilter;

@ApplicationScoped
@Transactional
public class StaffDirectoryServiceImpl implements StaffDirectoryService {
  @Inject PersonRepository people;
  @Inject CurrentUser currentUser;

  @Override
  public long directoryCount(DirectoryFilter filter) {
    return people.count(allowed(filter));
  }

  @Override
  public List<StaffRow> directory(DirectoryFilter filter, PageRequest page) {
    return people.search(allowed(filter), page).stream()
        .map(
            p ->
                new StaffRow(
                    p.getId(),
                    p.displayName(),
                    p.getEmail().value(),
                    p.getJobTitle(),
                    p.getStatus(),
                    p.currentMemberships().stream()
                        .map(MembershipView::of)
                        .sorted(Comparator.comparing(MembershipView::schoolName))
                        .toList()))
        .toList();
  }

  /** Leavers are listed only to admins; anyone else asking for them gets the active staff. */
  private StaffFilter allowed(DirectoryFilter filter) {
    UserProfile me = currentUser.requireSignedIn();
    return new StaffFilter(
        filter.text(),
        filter.schoolId(),
        filter.role(),
        filter.includeLeavers() && me.administersAnySchool());
  }

  @Override
  public PersonView person(long personId) {
    UserProfile me = currentUser.requireSignedIn();
    return PersonView.of(people.get(personId), me);
  }

  @Override
  public Optional<PersonView> findByEmail(String email) {
    UserProfile me = currentUser.requireSignedIn();
    String normalised = EmailAddress.normalise(email);
    if (!EmailAddress.isValid(normalised)) {
      return Optional.empty();
    }
    return people.findByEmail(new EmailAddress(normalised)).map(p -> PersonView.of(p, me));
  }
}
