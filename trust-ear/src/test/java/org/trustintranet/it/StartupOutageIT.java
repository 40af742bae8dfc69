package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intranet is started while its database is away (the proxy opens 20 seconds after the intranet
 * first tried to connect, {@code trust.test.cutForSeconds} in its failsafe execution): it waits for
 * the database, retrying, and comes up by itself, without a restart. Runs on MariaDB/MySQL only, in
 * its own failsafe execution.
 */
@ExtendWith(DatabaseBehindProxy.class) // before Arquillian starts Payara Micro
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StartupOutageIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void anIntranetStartedWithoutItsDatabaseComesUpWhenTheDatabaseAppears() {
    assertTrue(
        DatabaseBehindProxy.restoredAt() != 0,
        "the intranet came up only after the database appeared: it waited for it");
    int turnedAway = DatabaseBehindProxy.proxy().turnedAway();
    assertTrue(turnedAway >= 2, "it tried more than once while away: " + turnedAway);
    System.out.printf(
        "StartupOutageIT: %d connection attempt(s) turned away during the 20 s outage%n",
        turnedAway);
    IntranetClient staff =
        new IntranetClient(URI.create("http://localhost:" + base.getPort() + base.getPath()));
    assertEquals(302, staff.signIn("staff" + TestData.DOMAIN, TestData.PASSWORD).statusCode());
    assertEquals(200, staff.get("index.xhtml").statusCode());
    assertEquals(
        200,
        new IntranetClient(URI.create("http://localhost:" + base.getPort() + "/"))
            .get("health/ready")
            .statusCode(),
        "ready");
  }
}
