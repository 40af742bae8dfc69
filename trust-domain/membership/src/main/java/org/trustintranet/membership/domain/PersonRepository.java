package org.trustintranet.membership.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;

/** Where people, their memberships, credentials and login throttles are kept. */
public interface PersonRepository {
  Optional<Person> find(long id);

  /** The person with their memberships, schools and trust roles read at once (two statements). */
  Optional<Person> findWithMemberships(long id);

  /** The person with this id; a {@code NotFoundException} when there is none. */
  default Person get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("error.person.notFound"));
  }

  Optional<Person> findByEmail(EmailAddress email);

  /** The people with any of these (normalised) emails, in as few queries as the database needs. */
  List<Person> findByEmails(Collection<String> emails);

  List<Person> findAll(Collection<Long> ids);

  /**
   * The names, job titles, standing and current schools of these people, in one statement per 500
   * ids and without loading them as entities (bylines on every page of news ask for them).
   */
  List<PersonPlaces> placesOf(Collection<Long> ids);

  void add(Person person);

  long count(StaffFilter filter);

  /** A page of people matching the filter, with their memberships read in one more query. */
  List<Person> search(StaffFilter filter, PageRequest page);

  /** How many active people hold {@code role} (the trust must keep at least one trust admin). */
  long countActiveHolders(TrustRole role);

  long countMembers(long schoolId, String nameOrEmail, SchoolRole role);

  /** Every current membership of one school, with its person, by family and given name. */
  List<Membership> currentMembers(long schoolId);

  /**
   * The current memberships of active people at any of these schools, with their people and
   * schools, by family and given name: one statement per 500 schools, none for the people.
   */
  List<Membership> activeMembersOf(Collection<Long> schoolIds);

  /** The ids of the active people with a current membership at any of these schools. */
  Set<Long> activeMemberIdsOf(Collection<Long> schoolIds);

  /** A page of the current memberships of one school, with their people. */
  List<Membership> members(long schoolId, String nameOrEmail, SchoolRole role, PageRequest page);

  Optional<Credential> credentialOf(long personId);

  void add(Credential credential);

  Optional<LoginThrottle> throttle(String key);

  /**
   * The throttle of {@code key} (created when there is none), locked until the transaction ends:
   * failures for one key at the same moment (a school's staff behind one address) wait for each
   * other and are all counted, instead of colliding on a new row.
   */
  LoginThrottle throttleForFailure(String key, Instant now);

  void removeThrottle(String key);

  /** Forces pending changes to the database, so that version conflicts surface here. */
  void flush();
}
