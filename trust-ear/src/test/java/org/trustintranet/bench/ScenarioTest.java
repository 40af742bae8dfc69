package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustintranet.bench.Scenario.Request;

class ScenarioTest {
  @TempDir Path dir;

  @Test
  void writesOneTabSeparatedLineARequestForTheWrkScript() throws Exception {
    Scenario scenario =
        new Scenario(
            "login",
            "sign-in",
            302,
            "/index.xhtml",
            true,
            List.of(
                new Request("POST", "/login.xhtml", "JSESSIONID=a", "login=login&x=1"),
                new Request("POST", "/login.xhtml", "JSESSIONID=b", "login=login&x=2"),
                new Request("GET", "/floor.xhtml", null, null)));
    assertEquals(
        List.of(
            "POST\t/login.xhtml\tJSESSIONID=a\tlogin=login&x=1",
            "POST\t/login.xhtml\tJSESSIONID=b\tlogin=login&x=2",
            "GET\t/floor.xhtml\t-\t-"),
        Files.readAllLines(scenario.write(dir)));
    assertEquals(2, scenario.sessions(), "pages without a session count none");
  }

  @Test
  void aFieldThatWouldBreakTheLineIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Request("GET", "/a\tb", null, null));
    assertThrows(IllegalArgumentException.class, () -> new Request("GET", "/a", "x\ny", null));
    assertThrows(IllegalArgumentException.class, () -> new Request("GET", "/a", "", null));
  }
}
