package org.trustintranet.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source, read from MicroProfile Config when the application starts
 * (never at build time). The defaults after each ':' give an embedded H2 database in a file under
 * ./trust-data; environment variables such as TRUST_DB_URL override them.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/trust",
    className = "${MPCONFIG=trust.db.class:org.h2.jdbcx.JdbcDataSource}",
    url =
        "${MPCONFIG=trust.db.url:jdbc:h2:file:./trust-data/db/trust;MODE=MySQL;DATABASE_TO_LOWER=TRUE}",
    user = "${MPCONFIG=trust.db.user:trust}",
    password = "${MPCONFIG=trust.db.password:trust}",
    minPoolSize = 2,
    maxPoolSize = 40)
@ApplicationScoped
public class DataSourceConfig {}
