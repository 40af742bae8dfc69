package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.MailText;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.networks.domain.Programme;
import org.trustintranet.networks.domain.ProgrammeRepository;
import org.trustintranet.networks.domain.Registration;

/**
 * While a programme has a free place, the first on its waiting list gets it and is told by mail
 * once the change commits; and the mail telling a registrant their school's decision. The caller
 * holds the programme's row lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProgrammeWaitingList {
  private static final Logger LOG = Logger.getLogger(ProgrammeWaitingList.class.getName());

  @Inject ProgrammeRepository programmes;
  @Inject UserDirectory directory;
  @Inject Texts texts;
  @Inject MailOutbox outbox;

  /** Promotes the first waiting while places are free; returns who, in order. */
  List<Long> placesFreed(Programme programme) {
    List<Long> promoted = new ArrayList<>();
    while (programme.hasFreePlace()) {
      Optional<Registration> next = programmes.firstWaiting(programme.getId());
      if (next.isEmpty()) {
        break;
      }
      next.get().promote();
      programme.admit();
      programmes.flush();
      promoted.add(next.get().getPersonId());
      tell(programme, next.get().getPersonId(), "mail.learning.promoted", "");
    }
    return promoted;
  }

  /**
   * Mails the registrant {@code key}'s subject and body (the programme's title, then {@code
   * extra}).
   */
  void tell(Programme programme, long personId, String key, String extra) {
    try {
      Addressee to = directory.addressees(List.of(personId)).get(personId);
      if (to == null) {
        return;
      }
      String subject = texts.text(to.language(), key + ".subject", programme.getTitle());
      String body =
          texts.text(to.language(), key + ".body", to.displayName(), programme.getTitle(), extra);
      outbox.sendAfterCommit(
          List.of(
              new Mail(
                  to.email(),
                  to.language(),
                  MailText.subject(subject),
                  body + "\n",
                  "<p>" + MailText.escape(body) + "</p>")));
    } catch (RuntimeException e) { // the change stands; only its mail is lost
      LOG.log(Level.WARNING, "The mail about programme " + programme.getId(), e);
    }
  }
}
