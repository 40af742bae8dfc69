package org.trustintranet.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.PersonStatus;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.domain.Membership;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.membership.domain.PersonPlaces;
import org.trustintranet.membership.domain.PersonRepository;

@ApplicationScoped
@Transactional
public class PeopleServiceImpl implements PeopleService {
  @Inject PersonRepository people;
  @Inject CurrentUser currentUser;

  @Override
  public Optional<PersonSummary> find(long personId) {
    currentUser.requireSignedIn();
    return people.find(personId).map(PeopleServiceImpl::summary);
  }

  @Override
  public Map<Long, PersonSummary> findAll(Collection<Long> personIds) {
    currentUser.requireSignedIn();
    Map<Long, PersonSummary> found = new LinkedHashMap<>();
    people.placesOf(personIds).forEach(p -> found.put(p.personId(), summary(p)));
    return found;
  }

  @Override
  public Set<Long> administeredSchools(long personId) {
    currentUser.requireSignedIn();
    return people
        .find(personId)
        .map(
            p ->
                p.currentMemberships().stream()
                    .filter(m -> m.getRole() == SchoolRole.SCHOOL_ADMIN)
                    .map(m -> m.getSchool().getId())
                    .collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  @Override
  public List<PersonSummary> staffOf(long schoolId) {
    currentUser.requireSignedIn();
    return people.currentMembers(schoolId).stream()
        .map(Membership::getPerson)
        .map(PeopleServiceImpl::summary)
        .toList();
  }

  @Override
  public Map<Long, List<StaffMember>> activeStaffOf(Collection<Long> schoolIds) {
    currentUser.requireSignedIn();
    Map<Long, List<StaffMember>> staff = new LinkedHashMap<>();
    schoolIds.forEach(id -> staff.put(id, new ArrayList<>()));
    for (Membership m : people.activeMembersOf(staff.keySet())) {
      Person p = m.getPerson();
      staff
          .get(m.getSchool().getId())
          .add(new StaffMember(p.getId(), p.displayName(), p.getJobTitle(), m.getRole()));
    }
    staff.replaceAll((id, members) -> List.copyOf(members));
    return staff;
  }

  @Override
  public Set<Long> activeStaffIdsOf(Collection<Long> schoolIds) {
    currentUser.requireSignedIn();
    return schoolIds.isEmpty() ? Set.of() : Set.copyOf(people.activeMemberIdsOf(schoolIds));
  }

  private static PersonSummary summary(PersonPlaces p) {
    Map<Long, SchoolRole> schools = new HashMap<>();
    List<String> names = new ArrayList<>();
    p.places()
        .forEach(
            place -> {
              schools.put(place.schoolId(), place.role());
              names.add(place.schoolName());
            });
    names.sort(String.CASE_INSENSITIVE_ORDER);
    return new PersonSummary(
        p.personId(),
        p.displayName(),
        p.jobTitle(),
        p.status() == PersonStatus.ACTIVE,
        schools,
        names);
  }

  private static PersonSummary summary(Person p) {
    Map<Long, SchoolRole> schools = new HashMap<>();
    List<String> names = new ArrayList<>();
    p.currentMemberships()
        .forEach(
            m -> {
              schools.put(m.getSchool().getId(), m.getRole());
              names.add(m.getSchool().getName());
            });
    names.sort(String.CASE_INSENSITIVE_ORDER);
    return new PersonSummary(
        p.getId(), p.displayName(), p.getJobTitle(), p.isActive(), schools, names);
  }
}
