package org.trustintranet.membership.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The trust's schools. Anyone signed in may read; trust admins create, revise and archive. */
public interface SchoolService {
  List<SchoolView> schools(boolean includeArchived);

  /**
   * Every school's name (archived ones too), by id, needing no sign-in: names only, for what is
   * read outside a session, such as a calendar feed's locations.
   */
  Map<Long, String> names();

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
