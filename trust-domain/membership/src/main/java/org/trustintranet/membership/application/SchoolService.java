package org.trustintranet.membership.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The trust's schools. Anyone signed in may read; trust admins create, revise and archive. */
public interface SchoolService {
  /** The schools with their member counts (an aggregate over all memberships): for school lists. */
  List<SchoolView> schools(boolean includeArchived);

  /**
   * The schools' names by id, in the order of {@link #schools}, without counting members: what
   * other contexts need to name or check schools, at the cost of one small read. Needs no sign-in
   * (the trust's schools are public bodies): a calendar feed, read outside a session, names them.
   */
  Map<Long, String> names(boolean includeArchived);

  /** The schools the current user may administer (all, for a trust admin). */
  List<SchoolView> administeredSchools();

  SchoolView school(long id);

  Optional<SchoolView> findSchool(long id);

  long create(@NotNull @Valid SchoolForm form);

  /** Saves changes made to the version the admin loaded; fails if someone changed it since. */
  void revise(long id, long loadedVersion, @NotNull @Valid SchoolForm form);

  void archive(long id, long loadedVersion);

  void reopen(long id, long loadedVersion);
}
