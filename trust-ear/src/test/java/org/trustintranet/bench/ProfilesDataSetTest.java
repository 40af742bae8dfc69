package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.networks.domain.AreaKind;
import org.trustintranet.networks.domain.ProfileVisibility;

/** The profiles' plan: one per person, areas of each kind within bounds, never both, repeatable. */
class ProfilesDataSetTest {
  @Test
  void everyPersonHasAProfileWithinTheBounds() {
    TrustDataSet trust = TrustDataSet.plan(0.1, 7);
    ProfilesDataSet set = ProfilesDataSet.plan(trust, 15, 7);
    assertEquals(trust.people.size(), set.profiles.size());
    Map<Long, Integer> strong = new HashMap<>();
    Map<Long, Integer> developing = new HashMap<>();
    Set<String> rows = new HashSet<>();
    for (ProfilesDataSet.AreaRow a : set.areas) {
      assertTrue(a.area() >= 0 && a.area() < 15);
      assertTrue(rows.add(a.personId() + "/" + a.area()), "an area once per profile");
      (a.kind() == AreaKind.STRENGTH ? strong : developing).merge(a.personId(), 1, Integer::sum);
    }
    for (ProfilesDataSet.ProfileRow p : set.profiles) {
      int s = strong.getOrDefault(p.personId(), 0);
      int d = developing.getOrDefault(p.personId(), 0);
      assertTrue(s >= 2 && s <= 4, "strengths " + s);
      assertTrue(d >= 1 && d <= 3, "developing " + d);
    }
    long trustWide =
        set.profiles.stream().filter(p -> p.visibility() == ProfileVisibility.TRUST).count();
    assertTrue(trustWide > set.profiles.size() / 2, "most show their profile to the trust");
    assertEquals(set.areas, ProfilesDataSet.plan(trust, 15, 7).areas, "the same seed, the same");
  }
}
