package org.trustintranet.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source, read from MicroProfile Config when the application starts
 * (never at build time). The defaults after each ':' give an embedded H2 database in a file under
 * ./trust-data; environment variables such as TRUST_DB_URL override them.
 *
 * <p>The pool survives a database outage: every connection is checked ({@code Connection.isValid},
 * a ping on MySQL/MariaDB) before it is handed out, and once one is found dead the whole pool is
 * emptied, so that after the database comes back the next request gets a fresh connection instead
 * of one that died with the old server (without this, the pool kept handing out closed connections
 * until a restart). Waiting for a connection is bounded, so a request fails fast while the database
 * is away.
 *
 * <p>Each context has its own persistence unit over this one pool, and a transaction that reads or
 * writes through several of them (a news page naming its authors, a change and its audit entry)
 * holds one connection for each until it ends. The pool therefore has room for every HTTP thread to
 * hold one connection per persistence unit (config/post-boot-commands.asadmin: 20 threads, 6 units:
 * kernel, membership, news, rooms, resources, networks): fewer, and under load every thread can
 * hold one and wait for another, for ever. ConnectionBudgetTest checks the sum when a context is
 * added. When the networks context came, the threads went from 24 to 20 rather than the pool
 * growing past MariaDB's default max_connections or the contexts sharing one persistence unit
 * (which would let each context's EntityManager reach every other context's entities): on 2 cores
 * the pages are CPU-bound and 20 threads keep both busy. 120 is the most one instance may have:
 * MariaDB's default max_connections is 151, and a few are kept for the operator and the migrations.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/trust",
    className = "${MPCONFIG=trust.db.class:org.h2.jdbcx.JdbcDataSource}",
    url =
        "${MPCONFIG=trust.db.url:jdbc:h2:file:./trust-data/db/trust;MODE=MySQL;DATABASE_TO_LOWER=TRUE}",
    user = "${MPCONFIG=trust.db.user:trust}",
    password = "${MPCONFIG=trust.db.password:trust}",
    minPoolSize = 2,
    maxPoolSize = DataSourceConfig.MAX_POOL_SIZE,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.validate-atmost-once-period-in-seconds=${MPCONFIG=trust.db.validate-at-most-once-seconds:0}",
      "fish.payara.max-wait-time-in-millis=${MPCONFIG=trust.db.max-wait-millis:10000}"
    })
@ApplicationScoped
public class DataSourceConfig {
  /** Connections at most: see above. */
  public static final int MAX_POOL_SIZE = 120;
}
