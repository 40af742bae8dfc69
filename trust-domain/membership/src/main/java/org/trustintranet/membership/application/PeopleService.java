package org.trustintranet.membership.application;

import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Membership's read API for the other contexts (news, rooms, resources, networks): who a person is,
 * which schools they belong to and administer, and who the staff of a school are. Records only;
 * changes are told by the events {@link MembershipStarted}, {@link MembershipEnded} and {@link
 * PersonLeft}. Anyone signed in may ask.
 */
public interface PeopleService {
  /** A person, leavers included (what they wrote stays attributed to them). */
  Optional<PersonSummary> find(long personId);

  /** The people with these ids that exist, by id, leavers included. */
  Map<Long, PersonSummary> findAll(@NotNull Collection<Long> personIds);

  /** The schools where the person is a school admin now (empty for a leaver). */
  Set<Long> administeredSchools(long personId);

  /** The current members of a school, by family name. */
  List<PersonSummary> staffOf(long schoolId);

  /**
   * The active current members of many schools at once, by school: every school asked for is a key
   * (with an empty list when it has nobody), each list by family name. A few statements whatever
   * the number of schools (one per 500 schools), where {@link #staffOf} per school takes three
   * each.
   */
  Map<Long, List<StaffMember>> activeStaffOf(@NotNull Collection<Long> schoolIds);

  /**
   * The ids of the active current members of any of these schools: for a caller that needs to know
   * only who works there (one statement per 500 schools, no people read).
   */
  Set<Long> activeStaffIdsOf(@NotNull Collection<Long> schoolIds);
}
