package org.trustintranet.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the real web WAR from the build output (the same
 * bytes that run in production), plus, for in-container tests, the test classes themselves.
 */
public final class Deployments {
  private Deployments() {}

  /**
   * Lets Arquillian's in-container runner servlet through the "signed-in users only" constraint;
   * the application's own pages keep it.
   */
  private static void openTestRunner(WebArchive archive) {
    Node webXml = archive.get("WEB-INF/web.xml");
    String xml;
    try (InputStream in = webXml.getAsset().openStream()) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String opened =
        xml.replace(
            "<url-pattern>/login.xhtml</url-pattern>",
            "<url-pattern>/login.xhtml</url-pattern>"
                + "<url-pattern>/ArquillianServletRunner</url-pattern>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
    archive.setWebXML(new StringAsset(opened));
  }

  public static WebArchive intranet(Class<?>... testClasses) {
    File war = new File(System.getProperty("trust.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          "Build the WAR first (mvn package): " + war.getAbsolutePath());
    }
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    if (testClasses.length > 0) {
      openTestRunner(archive);
    }
    return archive.addClasses(testClasses);
  }
}
