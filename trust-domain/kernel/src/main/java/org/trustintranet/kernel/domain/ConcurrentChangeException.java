package org.trustintranet.kernel.domain;

import jakarta.ejb.ApplicationException;

/** Somebody else changed the same thing since the user loaded it; nothing was overwritten. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException() {
    super("error.concurrentChange");
  }

  /** Names who changed it meanwhile: {@code error.concurrentChangeBy} with their name. */
  public ConcurrentChangeException(String changedBy) {
    super("error.concurrentChangeBy", changedBy);
  }
}
