package org.trustintranet.kernel.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.Mailer;

/**
 * The outbox on one background thread of its own: after the commit, the mails go out one after
 * another through the {@link Mailer}, each failure logged in one line.
 *
 * <p>Not the server's managed executor: Payara's managed tasks carry the caller's invocation with
 * them, and when a task ends the server closes the caller's non-transactional entity managers, so a
 * request that went on using one failed with "Attempting to execute an operation on a closed
 * EntityManager" (AuthorisationMatrixIT found it). Sending mail needs no container service.
 */
@ApplicationScoped
public class AfterCommitMailOutbox implements MailOutbox {
  private static final Logger LOG = Logger.getLogger(AfterCommitMailOutbox.class.getName());

  @Inject Mailer mailer;

  @Resource TransactionSynchronizationRegistry transactions;

  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "trust-mail-outbox");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public void sendAfterCommit(List<Mail> mails) {
    if (mails.isEmpty()) {
      return;
    }
    List<Mail> batch = List.copyOf(mails);
    if (transactions.getTransactionKey() == null) {
      hand(batch);
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
              hand(batch);
            }
          }
        });
  }

  private void hand(List<Mail> batch) {
    try {
      sender.execute(() -> sendAll(batch));
    } catch (RejectedExecutionException e) {
      LOG.warning(batch.size() + " mails not sent: the intranet is stopping");
    }
  }

  /** Sends each mail; one that fails does not stop the others. */
  void sendAll(List<Mail> batch) {
    int failed = 0;
    for (Mail mail : batch) {
      try {
        mailer.send(mail);
      } catch (RuntimeException e) { // MailNotSent, or a mail the server refused
        failed++;
        if (failed == 1) {
          LOG.log(Level.WARNING, "A mail could not be sent (subject: " + mail.subject() + ")", e);
        }
      }
    }
    if (failed > 0) {
      LOG.warning(failed + " of " + batch.size() + " mails were not sent");
    }
  }

  /** Lets the mails in hand go out for a few seconds when the intranet stops. */
  @PreDestroy
  void stop() {
    sender.shutdown();
    try {
      if (!sender.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warning("Mails still being sent when the intranet stopped were dropped");
        sender.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sender.shutdownNow();
    }
  }
}
