package org.trustintranet.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.trustintranet.networks.domain.AreaKind;
import org.trustintranet.networks.domain.ProfileVisibility;

/**
 * The benchmark trust's teaching profiles, planned before a row is written: every member of staff
 * keeps one, with {@link #FEWEST_STRENGTHS} to {@link #MOST_STRENGTHS} strengths and one to {@link
 * #MOST_DEVELOPING} development areas among the focus areas the migration lists, never both kinds
 * at once; four in five show it to the trust, most others to their own schools, one in twenty to
 * nobody. The same trust and seed give the same profiles.
 */
final class ProfilesDataSet {
  static final int FEWEST_STRENGTHS = 2;
  static final int MOST_STRENGTHS = 4;
  static final int MOST_DEVELOPING = 3;

  /** A profile: whose, who may see it. */
  record ProfileRow(long personId, ProfileVisibility visibility) {}

  /** One area of a profile; {@code area} indexes the migration's focus areas (0 = the first). */
  record AreaRow(long personId, int area, AreaKind kind) {}

  final List<ProfileRow> profiles = new ArrayList<>();
  final List<AreaRow> areas = new ArrayList<>();

  private ProfilesDataSet() {}

  /** Profiles for every person of the trust, drawn from {@code focusAreas} areas. */
  static ProfilesDataSet plan(TrustDataSet trust, int focusAreas, long seed) {
    if (focusAreas < MOST_STRENGTHS + MOST_DEVELOPING) {
      throw new IllegalArgumentException("too few focus areas: " + focusAreas);
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x50726f66696c6573L);
    ProfilesDataSet set = new ProfilesDataSet();
    for (TrustDataSet.PersonRow person : trust.people) {
      int pick = random.nextInt(20);
      ProfileVisibility visibility =
          pick < 16
              ? ProfileVisibility.TRUST
              : pick < 19 ? ProfileVisibility.SCHOOLS : ProfileVisibility.NOBODY;
      set.profiles.add(new ProfileRow(person.id(), visibility));
      Set<Integer> chosen = new LinkedHashSet<>();
      int strengths = FEWEST_STRENGTHS + random.nextInt(MOST_STRENGTHS - FEWEST_STRENGTHS + 1);
      int developing = 1 + random.nextInt(MOST_DEVELOPING);
      while (chosen.size() < strengths + developing) {
        chosen.add(random.nextInt(focusAreas));
      }
      int n = 0;
      for (int area : chosen) {
        set.areas.add(
            new AreaRow(
                person.id(), area, n++ < strengths ? AreaKind.STRENGTH : AreaKind.DEVELOPMENT));
      }
    }
    return set;
  }
}
