package org.trustintranet.membership.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.membership.domain.Credential;

/**
 * Staff and their memberships. Everyone signed in may read the directory; trust admins manage
 * everyone; a school admin manages the memberships of their own schools only.
 */
public interface StaffService {
  /** How many people the directory lists for this filter. */
  long directoryCount(@NotNull DirectoryFilter filter);

  /** A page of the directory. Leavers are listed only for admins who ask for them. */
  List<StaffRow> directory(@NotNull DirectoryFilter filter, @NotNull PageRequest page);

  /** How many current members a school has that match; admins of that school only. */
  long memberCount(long schoolId, String nameOrEmail, SchoolRole role);

  /** A page of one school's current members; admins of that school only. */
  List<SchoolMemberRow> members(
      long schoolId, String nameOrEmail, SchoolRole role, @NotNull PageRequest page);

  PersonView person(long personId);

  /** Adds a new member of staff to a school; fails when the email is taken. */
  long addPerson(@NotNull @Valid PersonForm form, long schoolId, @NotNull SchoolRole role);

  /** Finds a person by email for "add an existing person to my school". */
  java.util.Optional<PersonView> findByEmail(String email);

  void revisePerson(long personId, long loadedVersion, @NotNull @Valid PersonForm form);

  /** Gives a person a role at a school: a new membership or a changed role. */
  void assign(long personId, long schoolId, @NotNull SchoolRole role);

  /** Ends a person's membership of a school. */
  void endMembership(long personId, long schoolId);

  /** Marks a person as having left the trust: no sign-in, no memberships, their work kept. */
  void markLeft(long personId, long loadedVersion);

  void reinstate(long personId);

  void grant(long personId, @NotNull TrustRole role);

  void revoke(long personId, @NotNull TrustRole role);

  /** Sets a person's password (a first password, or a reset); admins of all their schools only. */
  void setPassword(
      long personId,
      @NotNull
          @Size(
              min = Credential.MIN_PASSWORD_LENGTH,
              max = Credential.MAX_PASSWORD_LENGTH,
              message = "{password.length}")
          String newPassword);

  /** Names of everyone whose id is given, for the other contexts (leavers included). */
  java.util.Map<Long, String> displayNames(@NotNull List<Long> personIds);
}
