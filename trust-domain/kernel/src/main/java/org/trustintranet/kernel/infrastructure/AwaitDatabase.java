package org.trustintranet.kernel.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.trustintranet.kernel.application.StartupRetry;

/**
 * Waits, before a persistence unit connects, until its data source hands out a connection. Payara
 * opens an EntityManager of every persistence unit while it deploys the application, and
 * EclipseLink connects then: with the database down the deployment failed once and the intranet
 * stayed broken. EclipseLink runs this customizer just before that first connection, so waiting
 * here ({@link StartupRetry}: bounded back-off, one log line per attempt) lets an intranet started
 * without its database come up by itself when the database appears. Each context's persistence.xml
 * names it as {@code eclipselink.session.customizer}; once the database answered for the first
 * unit, the others pass at once.
 */
public class AwaitDatabase implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    DataSource dataSource = dataSource(session.getLogin().getConnector());
    if (dataSource == null) {
      return; // not a data source of the container (a plain JDBC URL): EclipseLink connects itself
    }
    StartupRetry.configured()
        .until(
            "the database, for persistence unit " + unitName(session.getName()),
            () -> tryConnection(dataSource));
  }

  /** EclipseLink names the session after the unit's jar and the unit: "file:/.../news.jar_news". */
  static String unitName(String sessionName) {
    return sessionName.substring(sessionName.lastIndexOf('_') + 1);
  }

  private static DataSource dataSource(Connector connector) {
    if (!(connector instanceof JNDIConnector jndi)) {
      return null;
    }
    if (jndi.getDataSource() != null) {
      return jndi.getDataSource();
    }
    try {
      return (DataSource) new InitialContext().lookup(jndi.getName());
    } catch (NamingException e) {
      throw new IllegalStateException("The data source " + jndi.getName() + " is not bound", e);
    }
  }

  private static void tryConnection(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(5)) {
        throw new IllegalStateException("The database gave a connection that is not valid");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The database does not answer", e);
    }
  }
}
