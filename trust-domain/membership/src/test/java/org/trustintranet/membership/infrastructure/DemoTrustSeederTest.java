package org.trustintranet.membership.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoTrustSeederTest {
  @Test
  void demoTrustIsSeededByDefaultOnlyWithTheEmbeddedDatabase() {
    assertTrue(DemoTrustSeeder.wanted("auto", true));
    assertFalse(DemoTrustSeeder.wanted("auto", false));
    assertTrue(DemoTrustSeeder.wanted("TRUE", false));
    assertFalse(DemoTrustSeeder.wanted("false", true));
  }

  @Test
  void demoPasswordIsTheOneTheReadmeGives() {
    assertEquals("Welcome-to-the-trust-1", DemoTrustSeeder.demoPassword());
  }
}
