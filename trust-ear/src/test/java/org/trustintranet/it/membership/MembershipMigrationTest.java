package org.trustintranet.it.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustintranet.kernel.application.ContextSchema;
import org.trustintranet.kernel.infrastructure.ContextMigrations;
import org.trustintranet.kernel.infrastructure.KernelSchema;
import org.trustintranet.membership.infrastructure.MembershipSchema;

/** A trust that ran an earlier version keeps finding its staff after the upgrade. */
class MembershipMigrationTest {
  @TempDir Path dir;

  @Test
  void peopleOfAnEarlierVersionGetTheirSearchText() throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:file:" + dir.resolve("trust") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    ContextMigrations.migrate(db, KernelSchema.SCHEMA);
    ContextSchema membership = MembershipSchema.SCHEMA;
    Flyway.configure(membership.anchor().getClassLoader())
        .dataSource(db)
        .locations(membership.location())
        .table(membership.historyTable())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .target("1")
        .load()
        .migrate();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO person (email, given_name, family_name, status)"
              + " VALUES ('ann.lee@school.org', 'Ann', 'O''Lee', 'ACTIVE')");
    }

    ContextMigrations.migrate(db, membership);

    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT search_text FROM person")) {
      r.next();
      assertEquals("ann o'lee ann.lee@school.org", r.getString(1));
    }
  }
}
