package org.trustintranet.it.news;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the SQL statements that one piece of work sends, inside the deployed application: for its
 * duration EclipseLink's ".sql" loggers (one per persistence unit, in java.util.logging, as the
 * benchmark's {@code SqlLog} reads them from the server log) are set to FINE, where EclipseLink
 * logs each statement it sends, and a handler counts the records of the calling thread. The loggers
 * exist once each persistence unit has run a query, so warm the work up once before counting.
 */
final class SqlStatements {
  private SqlStatements() {}

  static int count(Runnable work) {
    List<Logger> loggers = new ArrayList<>();
    for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
      if (name.startsWith("org.eclipse.persistence.session") && name.endsWith(".sql")) {
        Logger logger = Logger.getLogger(name);
        if (logger != null) {
          loggers.add(logger);
        }
      }
    }
    if (loggers.isEmpty()) {
      throw new IllegalStateException("no EclipseLink SQL logger yet: warm the work up first");
    }
    long thread = Thread.currentThread().getId();
    AtomicInteger statements = new AtomicInteger();
    Handler counter =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLongThreadID() == thread) {
              statements.incrementAndGet();
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    counter.setLevel(Level.ALL);
    List<Level> levels = new ArrayList<>();
    List<Boolean> parents = new ArrayList<>();
    for (Logger logger : loggers) {
      levels.add(logger.getLevel());
      parents.add(logger.getUseParentHandlers());
      logger.setLevel(Level.FINE);
      logger.setUseParentHandlers(false); // counted here, not written to the server log
      logger.addHandler(counter);
    }
    try {
      work.run();
    } finally {
      for (int i = 0; i < loggers.size(); i++) {
        Logger logger = loggers.get(i);
        logger.removeHandler(counter);
        logger.setLevel(levels.get(i));
        logger.setUseParentHandlers(parents.get(i));
      }
    }
    return statements.get();
  }
}
