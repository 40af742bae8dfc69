package org.trustintranet.kernel.application;

/**
 * The SMTP server could not be reached, refused the login or refused the mail. Not a business
 * failure: the caller's transaction stays as it is, and the caller decides whether to tell the
 * person or to try again at the next run of its job.
 */
public class MailNotSent extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MailNotSent(String message, Throwable cause) {
    super(message, cause);
  }
}
