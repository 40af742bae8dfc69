package org.trustintranet.kernel.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Makes a full-text index over one text column, the way each database makes one, for the Java
 * migrations that need one (news' posts, the library's resource texts): one script cannot serve
 * both databases.
 *
 * <ul>
 *   <li>MySQL/MariaDB: an InnoDB {@code FULLTEXT} index, searched with {@code MATCH … AGAINST};
 *   <li>H2 (the embedded database): H2's built-in full text ({@code org.h2.fulltext.FullText}:
 *       {@code FT_INIT}, {@code FT_CREATE_INDEX}), a word index in schema {@code FT} kept up to
 *       date by a trigger on the table, searched with {@link FullTextSql#h2RowsWithAllWords}.
 * </ul>
 */
public final class FullTextIndex {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private FullTextIndex() {}

  /**
   * Indexes {@code table.column} on the database of {@code connection}.
   *
   * @param name the index's name on MySQL/MariaDB (H2 names its own)
   * @throws SQLException when the database refuses, or H2 has no such column
   */
  public static void create(Connection connection, String table, String column, String name)
      throws SQLException {
    for (String part : new String[] {table, column, name}) {
      if (!NAME.matcher(part).matches()) {
        throw new IllegalArgumentException("Not a plain SQL name: " + part);
      }
    }
    try (Statement statement = connection.createStatement()) {
      if (Databases.isH2(connection)) {
        statement.execute("CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init'");
        statement.execute("CALL FT_INIT()");
        try (PreparedStatement index =
            connection.prepareStatement("CALL FT_CREATE_INDEX(?, ?, ?)")) {
          String[] names = h2Names(connection, table, column);
          index.setString(1, names[0]);
          index.setString(2, names[1]);
          index.setString(3, names[2]);
          index.execute();
        }
      } else {
        statement.execute("CREATE FULLTEXT INDEX " + name + " ON " + table + " (" + column + ")");
      }
    }
  }

  /** Schema, table and column names of {@code table.column} as H2 stores them (case matters). */
  private static String[] h2Names(Connection connection, String table, String column)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE UPPER(TABLE_NAME) = UPPER(?) AND UPPER(COLUMN_NAME) = UPPER(?)"
                + " AND TABLE_SCHEMA = SCHEMA()")) {
      query.setString(1, table);
      query.setString(2, column);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new SQLException(table + "." + column + " not found");
        }
        return new String[] {row.getString(1), row.getString(2), row.getString(3)};
      }
    }
  }
}
