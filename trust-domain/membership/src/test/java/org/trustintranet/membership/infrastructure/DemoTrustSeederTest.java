package org.trustintranet.membership.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoTrustSeederTest {
  @Test
  void demoTrustIsSeededByDefaultOnlyWithTheEmbeddedDatabase() {
    assertTrue(DemoTrustSeeder.wanted("auto", "jdbc:h2:file:./trust-data/db/trust;MODE=MySQL"));
    assertFalse(DemoTrustSeeder.wanted("auto", "jdbc:mysql://127.0.0.1:3306/trust"));
    assertTrue(DemoTrustSeeder.wanted("TRUE", "jdbc:mysql://127.0.0.1:3306/trust"));
    assertFalse(DemoTrustSeeder.wanted("false", "jdbc:h2:mem:x"));
  }
}
