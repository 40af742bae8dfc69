package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.protocol.servlet5.ServletProtocolConfiguration;
import org.jboss.arquillian.protocol.servlet5.ServletUtil;
import org.junit.jupiter.api.Test;

/** The repair of the container's cut-short servlet list (see {@link ServletRunnerFound}). */
class ServletRunnerFoundTest {

  @Test
  void aDeploymentWithoutItsServletListStillFindsTheTestRunner() {
    HTTPContext cutShort = new HTTPContext("192.0.2.2", 8500);
    ProtocolMetaData metaData = new ProtocolMetaData().addContext(cutShort);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ServletUtil.determineBaseURI(
                new ServletProtocolConfiguration(), cutShort, ServletRunnerFound.RUNNER));

    ServletRunnerFound.repair(metaData);

    assertEquals(
        URI.create("http://192.0.2.2:8500"),
        ServletUtil.determineBaseURI(
            new ServletProtocolConfiguration(), cutShort, ServletRunnerFound.RUNNER));
  }

  @Test
  void aCompleteListIsLeftAsItIs() {
    HTTPContext complete = new HTTPContext("192.0.2.2", 8500);
    complete.add(new Servlet(ServletRunnerFound.RUNNER, "/"));
    complete.add(new Servlet("Faces Servlet", "/"));

    ServletRunnerFound.repair(new ProtocolMetaData().addContext(complete));

    assertEquals(2, complete.getServlets().size());
  }
}
