package org.trustintranet.membership.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * The staff of one school, as its admins manage them: who is a member with which role, joining and
 * ending. Trust admins, and school admins of that school only.
 */
public interface SchoolStaffService {
  /** How many current members a school has that match. */
  long memberCount(long schoolId, String nameOrEmail, SchoolRole role);

  /** A page of one school's current members. */
  List<SchoolMemberRow> members(
      long schoolId, String nameOrEmail, SchoolRole role, @NotNull PageRequest page);

  /** Adds a new member of staff to a school; fails when the email is taken. */
  long addPerson(@NotNull @Valid PersonForm form, long schoolId, @NotNull SchoolRole role);

  /** Gives a person a role at a school: a new membership or a changed role. */
  void assign(long personId, long schoolId, @NotNull SchoolRole role);

  /** Ends a person's membership of a school; they keep their other schools. */
  void endMembership(long personId, long schoolId);
}
