package org.trustintranet.kernel.domain;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or is not visible to the current user). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
