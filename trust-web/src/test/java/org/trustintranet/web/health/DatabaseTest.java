package org.trustintranet.web.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseTest {
  @Test
  void aLostConnectionDeepAmongTheCausesIsAnOutage() {
    var lost = new SQLException("Communications link failure", "08S01");
    var wrapped = new RuntimeException("query failed", new IllegalStateException("tx", lost));
    assertTrue(Database.isConnectionLoss(wrapped));
    assertTrue(Database.isConnectionLoss(new SQLTransientConnectionException("no connection")));
  }

  @Test
  void otherFailuresAreNotSeenAsAnOutage() {
    assertFalse(Database.isConnectionLoss(new SQLException("Duplicate entry", "23000")));
    assertFalse(Database.isConnectionLoss(new IllegalArgumentException("bug")));
  }
}
