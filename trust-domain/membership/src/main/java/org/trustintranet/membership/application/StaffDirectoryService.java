package org.trustintranet.membership.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.trustintranet.kernel.domain.PageRequest;

/**
 * Finding staff: the directory and one person's page. Everyone signed in may read it; leavers are
 * listed only to admins who ask for them.
 */
public interface StaffDirectoryService {
  /** How many people the directory lists for this filter. */
  long directoryCount(@NotNull DirectoryFilter filter);

  /** A page of the directory. */
  List<StaffRow> directory(@NotNull DirectoryFilter filter, @NotNull PageRequest page);

  /** One person with all their memberships, and what the current user may do to them. */
  PersonView person(long personId);

  /** Finds a person by email, for "add an existing person to my school". */
  Optional<PersonView> findByEmail(String email);
}
