package org.trustintranet.it;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Repairs a race in the Payara Micro container (arquillian-payara-micro-managed 3.1): it takes a
 * snapshot of Payara Micro's output every 200 ms and, as soon as the snapshot holds the "Instance
 * Configuration" header, parses the list of deployed servlets from that same snapshot. When the
 * snapshot ends before the list does, the deployment is known with its host and port but without
 * any servlet, and every in-container test of the class fails with "ArquillianServletRunnerEE9 not
 * found" although the servlet is there (the header is printed after the deployment finished). Every
 * test deploys the intranet WAR at the root context, so the runner's place is known.
 */
public class ServletRunnerFound implements LoadableExtension {
  static final String RUNNER = "ArquillianServletRunnerEE9";

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(ServletRunnerFound.Repair.class);
  }

  public static class Repair {
    @Inject private Instance<ProtocolMetaData> protocolMetaData;

    public void afterDeploy(@Observes AfterDeploy event) {
      ProtocolMetaData metaData = protocolMetaData.get();
      if (metaData != null) {
        repair(metaData);
      }
    }
  }

  static void repair(ProtocolMetaData metaData) {
    for (HTTPContext context : metaData.getContexts(HTTPContext.class)) {
      if (context.getServletByName(RUNNER) == null) {
        System.out.println(
            "ServletRunnerFound: the container's servlet list was cut short; "
                + RUNNER
                + " is at the root of "
                + context.getHost()
                + ":"
                + context.getPort());
        context.add(new Servlet(RUNNER, "/"));
      }
    }
  }
}
