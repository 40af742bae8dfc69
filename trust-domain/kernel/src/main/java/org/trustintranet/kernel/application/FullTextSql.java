package org.trustintranet.kernel.application;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.trustintranet.kernel.domain.SearchQuery;

/**
 * The SQL of a search through a full-text index (news' posts, the library's resources), where the
 * two databases differ: MySQL/MariaDB have {@code MATCH … AGAINST}; on the embedded H2 the words
 * are looked up in the tables of H2's full-text index ({@link FullTextIndex}), every word required.
 *
 * <p>A repository holds one instance, which asks its database once which one it is ({@link #onH2});
 * the SQL itself comes from the static methods.
 */
public final class FullTextSql {
  private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Whether the database is the embedded H2, once asked. */
  private volatile Boolean h2;

  /** Whether {@code em}'s database is the embedded H2 (else MySQL/MariaDB); asked once. */
  public boolean onH2(EntityManager em) {
    Boolean embedded = h2;
    if (embedded == null) {
      try {
        embedded = Databases.isH2(em.unwrap(Connection.class));
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot tell which database this is", e);
      }
      h2 = embedded;
    }
    return embedded;
  }

  /** The query's words as H2's full-text index keeps them: upper case, each once. */
  public static List<String> h2Words(SearchQuery query) {
    return query.words().stream().map(w -> w.toUpperCase(Locale.ENGLISH)).distinct().toList();
  }

  /**
   * H2: the ids of the rows of {@code table} whose indexed text holds every one of {@code words}
   * words, read from the tables of H2's full-text index (schema {@code FT}: each word, each indexed
   * row, and which row holds which word), which its trigger keeps up to date. Parameters: the words
   * as {@link #h2Words} gives them, then their number. H2's own {@code FT_SEARCH_DATA} answers the
   * same, but row by row in Java: about a second for two common words over 20,000 rows, against a
   * few milliseconds for this query, which the database plans on the indexes of {@code FT.WORDS}
   * and {@code FT.MAP}.
   *
   * @param table the indexed table, a plain SQL name ({@code post}, {@code resource_text})
   * @param words how many words are asked for, at least one
   */
  public static String h2RowsWithAllWords(String table, int words) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("Not a table name: " + table);
    }
    if (words < 1) {
      throw new IllegalArgumentException("A search needs a word");
    }
    return "SELECT CAST(SUBSTRING(fr.\"key\", LOCATE('=', fr.\"key\") + 1) AS BIGINT)"
        + " FROM ft.rows fr JOIN ft.indexes fi ON fi.id = fr.indexid"
        + " WHERE UPPER(fi.\"table\") = '"
        + table.toUpperCase(Locale.ROOT)
        + "' AND fr.id IN ("
        + "SELECT m.rowid FROM ft.map m JOIN ft.words w ON w.id = m.wordid WHERE w.name IN ("
        + String.join(", ", Collections.nCopies(words, "?"))
        + ") GROUP BY m.rowid HAVING COUNT(*) = ?)";
  }
}
