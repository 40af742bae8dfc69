package org.trustintranet.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 digest of every row the generator writes, table by table in key order, so that two
 * generations can be compared: the same seed and scale must give the same digest.
 */
final class DataSetChecksum {
  private static final List<String> QUERIES =
      List.of(
          "SELECT * FROM school ORDER BY id",
          "SELECT * FROM person ORDER BY id",
          "SELECT * FROM person_trust_role ORDER BY person_id, trust_role",
          "SELECT * FROM membership ORDER BY id",
          "SELECT * FROM credential ORDER BY person_id",
          "SELECT * FROM post ORDER BY id",
          "SELECT * FROM post_audience ORDER BY post_id, audience_key",
          "SELECT * FROM post_read ORDER BY post_id, person_id",
          "SELECT * FROM resource ORDER BY id",
          "SELECT * FROM resource_text ORDER BY resource_id",
          "SELECT * FROM resource_version ORDER BY id",
          "SELECT * FROM resource_rating ORDER BY resource_id, person_id");

  private DataSetChecksum() {}

  static String of(Connection connection) throws SQLException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (Statement statement = connection.createStatement()) {
      for (String query : QUERIES) {
        digest.update(query.getBytes(StandardCharsets.UTF_8));
        try (ResultSet rows = statement.executeQuery(query)) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int column = 1; column <= columns; column++) {
              digest.update(
                  String.valueOf(rows.getString(column)).getBytes(StandardCharsets.UTF_8));
              digest.update((byte) 0x1f);
            }
            digest.update((byte) 0x1e);
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
