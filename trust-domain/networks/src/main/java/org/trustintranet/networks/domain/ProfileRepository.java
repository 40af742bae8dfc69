package org.trustintranet.networks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Focus areas and teaching profiles. */
public interface ProfileRepository {
  List<FocusArea> focusAreas();

  Optional<FocusArea> findFocusArea(long id);

  Optional<FocusArea> findFocusAreaNamed(String name);

  /** Adds the area; its id is known on return. */
  void add(FocusArea area);

  Optional<TeachingProfile> findProfile(long personId);

  void add(TeachingProfile profile);

  /**
   * Profiles, other than {@code excluded}'s and those shown to nobody, strong in at least one of
   * {@code areas}.
   */
  List<PartnerMatcher.Candidate> strongIn(Collection<Long> areas, long excluded);
}
