package org.trustintranet.web.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.trustintranet.kernel.application.Startup;
import org.trustintranet.kernel.application.StartupRetry;

/**
 * Brings the schema up to date when the web module starts, before the first request is served.
 * (CDI's application-initialised event comes too early on Payara: the data source is not bound
 * yet.) A database that is not there yet is waited for ({@link StartupRetry}: one log line per
 * attempt, bounded back-off), so the intranet comes up by itself when it appears.
 */
@WebListener
public class ApplicationStartup implements ServletContextListener {
  @Inject Startup startup;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    StartupRetry.configured().until("the database, for the schema migrations", startup::start);
  }
}
