package org.trustintranet.kernel.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.Mailer;

/**
 * The outbox on the server's default managed executor: after the commit, one background task sends
 * the mails one after another through the {@link Mailer}, logging each that fails.
 */
@ApplicationScoped
public class AfterCommitMailOutbox implements MailOutbox {
  private static final Logger LOG = Logger.getLogger(AfterCommitMailOutbox.class.getName());

  @Inject Mailer mailer;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public void sendAfterCommit(List<Mail> mails) {
    if (mails.isEmpty()) {
      return;
    }
    List<Mail> batch = List.copyOf(mails);
    if (transactions.getTransactionKey() == null) {
      executor.execute(() -> sendAll(batch));
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the commit
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.execute(() -> sendAll(batch));
            }
          }
        });
  }

  /** Sends each mail; one that fails does not stop the others. */
  void sendAll(List<Mail> batch) {
    int failed = 0;
    for (Mail mail : batch) {
      try {
        mailer.send(mail);
      } catch (RuntimeException e) { // MailNotSent, or a mail the server refused
        failed++;
        LOG.log(Level.WARNING, "A mail could not be sent (subject: " + mail.subject() + ")", e);
      }
    }
    if (failed > 0) {
      LOG.warning(failed + " of " + batch.size() + " mails were not sent");
    }
  }
}
