package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under a running intranet and comes back (the proxy between them is cut,
 * every open connection closed, then restored): meanwhile pages answer the 503 page and sign-in
 * says the intranet is unavailable without counting towards a lock-out; readiness goes down and
 * liveness stays up; within 10 seconds of the database's return a signed-in page, a sign-in and a
 * write all work again, with no restart. Runs on MariaDB/MySQL only, in its own failsafe execution.
 */
@ExtendWith(DatabaseBehindProxy.class) // before Arquillian starts Payara Micro
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {
  static final String DOMAIN = TestData.DOMAIN;
  static final String PASSWORD = TestData.PASSWORD;
  static final Duration RECOVERY = Duration.ofSeconds(10);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private URI root() {
    return URI.create("http://localhost:" + base.getPort() + base.getPath());
  }

  private IntranetClient client() {
    return new IntranetClient(root());
  }

  /** The status of a MicroProfile Health endpoint ("health/ready"), failing with what came. */
  private int health(String path) {
    HttpResponse<String> answer =
        new IntranetClient(URI.create("http://localhost:" + base.getPort() + "/")).get(path);
    int status = answer.statusCode();
    if (status != 200 && status != 503) {
      throw new AssertionError(
          path + " answered " + status + answer.headers().map() + " " + answer.body());
    }
    return status;
  }

  @Test
  void theIntranetComesBackByItselfAfterTheDatabaseReturns() throws Exception {
    IntranetClient staff = client();
    assertEquals(302, staff.signIn("staff" + DOMAIN, PASSWORD).statusCode());
    assertEquals(200, staff.get("index.xhtml").statusCode());
    assertEquals(200, health("health/ready"));

    DatabaseBehindProxy.proxy().cut();
    try {
      HttpResponse<String> home = staff.get("index.xhtml");
      assertEquals(503, home.statusCode(), "a page that needs the database: " + home.body());
      assertTrue(home.body().contains("The intranet is unavailable"), home.body());
      assertNoStackTrace(home.body());

      // Signing in says the intranet is unavailable, not "wrong password", and counts nothing:
      // more failed attempts than the lock-out allows (5) leave the account usable afterwards.
      IntranetClient guest = client();
      for (int i = 0; i < 6; i++) {
        HttpResponse<String> refused = guest.signIn("riverside.admin" + DOMAIN, "guess" + i);
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("The intranet is unavailable at the moment"));
        assertFalse(refused.body().contains("is not right"), "not a wrong password");
        assertNoStackTrace(refused.body());
      }

      assertEquals(503, health("health/ready"), "readiness is down while the database is away");
      assertEquals(200, health("health/live"), "liveness stays up");
    } finally {
      DatabaseBehindProxy.proxy().restore();
    }
    long back = System.nanoTime();

    // Within 10 seconds: a signed-in page ...
    HttpResponse<String> home = within(() -> staff.get("index.xhtml"), back);
    long firstGood = System.nanoTime();
    System.out.printf(
        "DatabaseOutageIT: first good page %d ms after the database came back%n",
        Duration.ofNanos(firstGood - back).toMillis());
    assertEquals(200, home.statusCode());
    // ... a sign-in (the six refusals during the outage were not counted) ...
    IntranetClient admin = client();
    assertEquals(
        302,
        within(() -> admin.signIn("riverside.admin" + DOMAIN, PASSWORD), back).statusCode(),
        "signs in: not locked by attempts made while the database was away");
    // ... and a write.
    String title = "Recovered " + UUID.randomUUID().toString().substring(0, 8);
    within(() -> staff.get("profile.xhtml"), back);
    HttpResponse<String> saved =
        staff.post(
            "profile.xhtml", "jobTitle", Map.of("jobTitle:title", title, "jobTitle:save", ""));
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(staff.get("profile.xhtml").body().contains(title), "the job title was saved");
    assertTrue(
        Duration.ofNanos(System.nanoTime() - back).compareTo(RECOVERY) <= 0,
        "all within " + RECOVERY);
    assertEquals(200, health("health/ready"), "ready again");
  }

  /** Asks until the answer is not a 5xx, for at most 10 seconds after {@code since}. */
  private static HttpResponse<String> within(Supplier<HttpResponse<String>> ask, long since)
      throws InterruptedException {
    while (true) {
      HttpResponse<String> answer = ask.get();
      if (answer.statusCode() < 500) {
        return answer;
      }
      if (System.nanoTime() - since > RECOVERY.toNanos()) {
        throw new AssertionError(
            "still " + answer.statusCode() + " " + RECOVERY + " after the database came back");
      }
      Thread.sleep(200);
    }
  }

  /** No exception message or stack frame (PrimeFaces' settings name exception classes: fine). */
  private static void assertNoStackTrace(String body) {
    assertFalse(body.matches("(?s).*\\w(Exception|Error): .*"), body);
    assertFalse(body.matches("(?s).*\\bat (org|com|java|jakarta)\\..*"), body);
    assertFalse(body.contains("Caused by"), body);
  }
}
