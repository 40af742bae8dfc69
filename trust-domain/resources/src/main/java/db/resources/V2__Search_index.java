package db.resources;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trustintranet.kernel.application.FullTextIndex;

/**
 * The resource search's full-text index over {@code resource_text.search_text}, made the way each
 * database makes one (as news' V7, by {@link FullTextIndex}): an InnoDB {@code FULLTEXT} index on
 * MySQL/MariaDB, H2's built-in full text ({@code FT_CREATE_INDEX}, kept up to date by its trigger)
 * on the embedded database.
 */
public class V2__Search_index extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    FullTextIndex.create(
        context.getConnection(), "resource_text", "search_text", "ft_resource_search");
  }
}
