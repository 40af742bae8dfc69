package db.networks;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trustintranet.kernel.application.FullTextIndex;

/**
 * The case-study library's full-text index over {@code case_study_text.search_text}, made the way
 * each database makes one ({@link FullTextIndex}, as the resource library's V2): an InnoDB {@code
 * FULLTEXT} index on MySQL/MariaDB, H2's built-in full text on the embedded database.
 */
public class V9__Case_study_search extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    FullTextIndex.create(
        context.getConnection(), "case_study_text", "search_text", "ft_case_study_search");
  }
}
