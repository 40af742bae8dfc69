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

  /**
   * As {@link #strongIn}, among {@code people} only (the asker's schoolmates and networkmates): a
   * statement per 500 people.
   */
  List<PartnerMatcher.Candidate> strongInAmong(
      Collection<Long> areas, Collection<Long> people, long excluded);

  /**
   * The {@code limit} profiles shown to the whole trust, other than {@code excluded}'s and those of
   * {@code near}, strong in the most of {@code areas}, then by person id: ranked and cut by the
   * database, so that a teacher's suggestions never read every strong profile of the trust.
   */
  List<PartnerMatcher.Candidate> strongestElsewhere(
      Collection<Long> areas, Collection<Long> near, long excluded, int limit);
}
