package org.trustintranet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.trustintranet.kernel.domain.PersonStatus;
import org.trustintranet.membership.domain.Person;

/**
 * Writes a planned trust into the membership tables with JDBC batches, committing every {@link
 * #BATCH_SIZE} rows. Ids come from the plan, so no insert waits for a generated key; afterwards the
 * identity columns are moved past the largest id, so the application's own inserts continue from
 * there.
 */
final class DataSetWriter {
  static final int BATCH_SIZE = 1_000;

  private final Connection connection;
  private final boolean h2;

  DataSetWriter(Connection connection) throws SQLException {
    this.connection = connection;
    this.h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
  }

  /** Writes every row of {@code trust}; each person gets a credential with {@code passwordHash}. */
  void write(TrustDataSet trust, String passwordHash, Instant credentialsChangedAt)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      writeSchools(trust.schools);
      writePeople(trust.people);
      writeTrustRoles(trust.trustRoles);
      writeMemberships(trust.memberships);
      writeCredentials(trust.people, passwordHash, credentialsChangedAt);
      connection.commit();
      continueIdentityAfter("school", trust.schools.size());
      continueIdentityAfter("person", trust.people.size());
      continueIdentityAfter("membership", trust.memberships.size());
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void writeSchools(List<TrustDataSet.SchoolRow> schools) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO school (id, urn, name, phase, local_authority, address, head_teacher,"
                + " archived, version) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, 0)")) {
      for (TrustDataSet.SchoolRow school : schools) {
        PreparedStatement row = batch.statement;
        row.setLong(1, school.id());
        row.setString(2, school.urn());
        row.setString(3, school.name());
        row.setString(4, school.phase().name());
        row.setString(5, school.localAuthority());
        row.setString(6, school.address());
        row.setString(7, school.headTeacher());
        batch.add();
      }
    }
  }

  private void writePeople(List<TrustDataSet.PersonRow> people) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO person (id, email, given_name, family_name, job_title, status, left_at,"
                + " version, search_text) VALUES (?, ?, ?, ?, ?, ?, NULL, 0, ?)")) {
      for (TrustDataSet.PersonRow person : people) {
        PreparedStatement row = batch.statement;
        row.setLong(1, person.id());
        row.setString(2, person.email());
        row.setString(3, person.givenName());
        row.setString(4, person.familyName());
        if (person.jobTitle() == null) {
          row.setNull(5, Types.VARCHAR);
        } else {
          row.setString(5, person.jobTitle());
        }
        row.setString(6, PersonStatus.ACTIVE.name());
        row.setString(
            7, Person.searchText(person.givenName(), person.familyName(), person.email()));
        batch.add();
      }
    }
  }

  private void writeTrustRoles(List<TrustDataSet.TrustRoleRow> roles) throws SQLException {
    try (Batch batch =
        new Batch("INSERT INTO person_trust_role (person_id, trust_role) VALUES (?, ?)")) {
      for (TrustDataSet.TrustRoleRow role : roles) {
        batch.statement.setLong(1, role.personId());
        batch.statement.setString(2, role.role().name());
        batch.add();
      }
    }
  }

  private void writeMemberships(List<TrustDataSet.MembershipRow> memberships) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO membership (id, person_id, school_id, role, started_at, ended_at,"
                + " current_marker) VALUES (?, ?, ?, ?, ?, NULL, 1)")) {
      for (TrustDataSet.MembershipRow membership : memberships) {
        PreparedStatement row = batch.statement;
        row.setLong(1, membership.id());
        row.setLong(2, membership.personId());
        row.setLong(3, membership.schoolId());
        row.setString(4, membership.role().name());
        row.setTimestamp(5, Timestamp.from(membership.startedAt()));
        batch.add();
      }
    }
  }

  private void writeCredentials(
      List<TrustDataSet.PersonRow> people, String passwordHash, Instant changedAt)
      throws SQLException {
    Timestamp changed = Timestamp.from(changedAt);
    try (Batch batch =
        new Batch(
            "INSERT INTO credential (person_id, password_hash, changed_at) VALUES (?, ?, ?)")) {
      for (TrustDataSet.PersonRow person : people) {
        batch.statement.setLong(1, person.id());
        batch.statement.setString(2, passwordHash);
        batch.statement.setTimestamp(3, changed);
        batch.add();
      }
    }
  }

  /**
   * MySQL and MariaDB move AUTO_INCREMENT past explicit ids by themselves; H2 does not, so its
   * identity is restarted after the largest id.
   */
  private void continueIdentityAfter(String table, long largestId) throws SQLException {
    if (h2) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (largestId + 1));
      }
    }
  }

  /** One statement's batch: executed and committed every {@link #BATCH_SIZE} rows. */
  private final class Batch implements AutoCloseable {
    final PreparedStatement statement;
    private int pending;

    Batch(String sql) throws SQLException {
      statement = connection.prepareStatement(sql);
    }

    void add() throws SQLException {
      statement.addBatch();
      if (++pending == BATCH_SIZE) {
        flush();
      }
    }

    private void flush() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
        connection.commit();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        flush();
      } finally {
        statement.close();
      }
    }
  }
}
