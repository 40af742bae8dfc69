package org.trustintranet.kernel.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.ConcurrentChangeException;

/**
 * Flushes a context's persistence context and turns the database's "no" into a business failure the
 * user can understand: a stale version into {@link ConcurrentChangeException}, a broken unique or
 * foreign key into {@code error.duplicate}. For every context's repositories (infrastructure).
 */
public final class Flushing {
  private Flushing() {}

  public static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException();
    } catch (PersistenceException e) {
      if (causedByConstraint(e)) {
        throw new BusinessException("error.duplicate");
      }
      throw e;
    }
  }

  private static boolean causedByConstraint(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException
          || (t instanceof java.sql.SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("23"))) {
        return true;
      }
    }
    return false;
  }
}
