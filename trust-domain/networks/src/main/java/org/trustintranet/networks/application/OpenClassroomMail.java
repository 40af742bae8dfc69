package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.MailText;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.networks.domain.OpenClassroom;

/**
 * The mails of open classrooms, sent once the change commits: the visitors are told when an offer
 * is cancelled; the teacher and the visitors are reminded the day before. They name the lesson, its
 * day and teacher and link to the open classrooms page. A mail that cannot be written is logged;
 * the change stands.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OpenClassroomMail {
  private static final Logger LOG = Logger.getLogger(OpenClassroomMail.class.getName());

  @Inject UserDirectory directory;
  @Inject Texts texts;
  @Inject MailOutbox outbox;

  @Inject
  @ConfigProperty(name = "trust.url", defaultValue = "http://localhost:8080/")
  String url;

  /** The visitors are told that the offer is cancelled. */
  void cancelled(OpenClassroom offer, Collection<Long> visitors) {
    send(visitors, "mail.openClassroom.cancelled", offer);
  }

  /** The day-before reminder to the teacher and every visitor. */
  void reminder(OpenClassroom offer, Collection<Long> people) {
    send(people, "mail.openClassroom.reminder", offer);
  }

  private void send(Collection<Long> personIds, String key, OpenClassroom offer) {
    if (personIds.isEmpty()) {
      return;
    }
    try {
      Set<Long> ids = new HashSet<>(personIds);
      ids.add(offer.getTeacherId());
      Map<Long, Addressee> known = directory.addressees(ids);
      Addressee teacherAddress = known.get(offer.getTeacherId());
      String teacher = teacherAddress == null ? "" : teacherAddress.displayName();
      List<Addressee> to = personIds.stream().map(known::get).filter(Objects::nonNull).toList();
      String link = MailText.base(url) + "/learning/open-classrooms.xhtml";
      String when =
          offer.getDay()
              + " "
              + (offer.getStarts() == null
                  ? offer.getPeriodLabel()
                  : offer.getStarts() + "–" + offer.getEnds());
      String lesson = offer.getSubject() + ", " + offer.getClassGroup();
      for (Addressee a : to) {
        String subject = texts.text(a.language(), key + ".subject", lesson, when.strip());
        String body =
            texts.text(a.language(), key + ".body", a.displayName(), lesson, when.strip(), teacher);
        String action = texts.text(a.language(), "mail.openClassroom.action");
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
                    a.email(),
                    a.language(),
                    MailText.subject(subject),
                    body + "\n\n" + action + ": " + link + "\n",
                    html)));
      }
    } catch (RuntimeException e) { // the change stands; only its mail is lost
      LOG.log(Level.WARNING, "The mail about open classroom " + offer.getId(), e);
    }
  }
}
