package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.MailText;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.networks.domain.PeerObservation;

/**
 * The mails of peer observation, sent once the change commits: the invitee is told of an
 * invitation, the inviter of the answer. A mail that cannot be written is logged; the change
 * stands. They name who and link to the intranet; the message and reason are read there, not in the
 * mail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ObservationMail {
  private static final Logger LOG = Logger.getLogger(ObservationMail.class.getName());

  @Inject UserDirectory directory;
  @Inject Texts texts;
  @Inject MailOutbox outbox;

  @Inject
  @ConfigProperty(name = "trust.url", defaultValue = "http://localhost:8080/")
  String url;

  void invited(PeerObservation observation, String inviterName) {
    send(
        observation.getInviteeId(),
        "mail.observation.invited",
        observation,
        inviterName,
        "/learning/observations.xhtml");
  }

  void answered(PeerObservation observation, String inviteeName, boolean yes) {
    send(
        observation.getInviterId(),
        yes ? "mail.observation.accepted" : "mail.observation.declined",
        observation,
        inviteeName,
        "/learning/observation.xhtml?id=" + observation.getId());
  }

  private void send(
      long personId, String key, PeerObservation observation, String who, String path) {
    try {
      Addressee to = directory.addressees(List.of(personId)).get(personId);
      if (to == null) {
        return;
      }
      String link = MailText.base(url) + path;
      String subject = texts.text(to.language(), key + ".subject", who);
      String body = texts.text(to.language(), key + ".body", to.displayName(), who);
      String action = texts.text(to.language(), "mail.observation.action");
      String html =
          "<p>"
              + MailText.escape(body)
              + "</p><p><a href=\""
              + MailText.escape(link)
              + "\">"
              + MailText.escape(action)
              + "</a></p>";
      outbox.sendAfterCommit(
          List.of(
              new Mail(
                  to.email(),
                  to.language(),
                  MailText.subject(subject),
                  body + "\n\n" + action + ": " + link + "\n",
                  html)));
    } catch (RuntimeException e) { // the change stands; only its mail is lost
      LOG.log(Level.WARNING, "The mail about observation " + observation.getId(), e);
    }
  }
}
