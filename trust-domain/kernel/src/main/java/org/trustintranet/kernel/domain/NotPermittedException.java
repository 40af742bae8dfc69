package org.trustintranet.kernel.domain;

import jakarta.ejb.ApplicationException;

/** The current user may not do this, here. */
@ApplicationException(rollback = true)
public class NotPermittedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public NotPermittedException() {
    super("error.notPermitted");
  }

  /**
   * Refused, saying why (a bundle key), where the general refusal would leave the user guessing.
   */
  public NotPermittedException(String messageKey) {
    super(messageKey);
  }
}
