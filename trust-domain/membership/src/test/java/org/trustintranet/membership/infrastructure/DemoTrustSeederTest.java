package org.trustintranet.membership.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void demoPasswordIsTheOneTheReadmeGives() throws IOException {
    String readme = Files.readString(Path.of("..", "..", "README.md"));
    String password = DemoTrustSeeder.demoPassword();
    assertFalse(password.isBlank());
    assertTrue(
        readme.contains("| trust.admin@oakvalley.sch.uk | " + password + " |"),
        "the README's table of demo logins gives the demo password " + password);
  }
}
