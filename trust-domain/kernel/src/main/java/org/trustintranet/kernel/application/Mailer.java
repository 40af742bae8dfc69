package org.trustintranet.kernel.application;

/**
 * Sends e-mail for every context (news reminders and digests, later bookings and networks) through
 * the trust's SMTP server, set up by the {@code trust.mail.*} settings. Contexts write the text in
 * the recipient's language with {@link Texts} and hand a finished {@link Mail} over.
 *
 * <p>When no SMTP host is set (a newcomer's demo), mail is not sent and {@link #send} says so in
 * the log and in its answer, so that a screen can tell the person who asked.
 */
public interface Mailer {
  /**
   * Hands {@code mail} to the SMTP server and waits until it accepts it.
   *
   * @return true when the server accepted the mail, false when no SMTP server is set up
   * @throws MailNotSent when the server could not be reached or refused the mail
   */
  boolean send(Mail mail);

  /** Whether an SMTP server is set up, so that {@link #send} really sends. */
  boolean sends();
}
