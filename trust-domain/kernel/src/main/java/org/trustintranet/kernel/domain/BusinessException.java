package org.trustintranet.kernel.domain;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Carries a message key for the resource bundle and its arguments, so that
 * the screens can show a clear message in the user's language. Rolls the transaction back: nothing
 * half-written is left behind.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final transient Object[] arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** The resource bundle key of the message, e.g. {@code error.school.urnTaken}. */
  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
