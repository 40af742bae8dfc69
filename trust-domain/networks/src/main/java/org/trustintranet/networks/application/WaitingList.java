package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailAttachment;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.MailText;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.NetworkSession;
import org.trustintranet.networks.domain.SessionPlace;
import org.trustintranet.networks.domain.SessionRepository;

/**
 * When a booked place comes free, the first on the session's waiting list gets it and is told by
 * mail once the change commits, with the session's invitation ({@code session-ID.ics}) for their
 * calendar. The caller holds the session's row lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WaitingList {
  private static final Logger LOG = Logger.getLogger(WaitingList.class.getName());
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT);

  @Inject SessionRepository sessions;
  @Inject UserDirectory directory;
  @Inject Texts texts;
  @Inject MailOutbox outbox;
  @Inject SessionCalendars calendars;

  /** Promotes the first waiting person while a place is free; returns who, if anyone. */
  Optional<Long> placeFreed(NetworkSession session) {
    if (!session.hasFreePlace()) {
      return Optional.empty();
    }
    Optional<SessionPlace> next = sessions.firstWaiting(session.getId());
    next.ifPresent(
        place -> {
          place.promote();
          session.takePlace();
          sessions.flush();
          try {
            tell(session, place.getPersonId());
          } catch (RuntimeException e) { // the place stands; only its mail is lost
            LOG.log(Level.WARNING, "The mail about a place at session " + session.getId(), e);
          }
        });
    return next.map(SessionPlace::getPersonId);
  }

  private void tell(NetworkSession session, long personId) {
    Addressee to = directory.addressees(List.of(personId)).get(personId);
    if (to == null) {
      return;
    }
    String link = calendars.page(session.getId());
    String when =
        WHEN.withLocale(to.language().locale())
            .format(session.getStartsAt().atZone(AcademicYear.ZONE));
    String subject =
        texts.text(to.language(), "mail.networks.promoted.subject", session.getTitle());
    String body =
        texts.text(
            to.language(),
            "mail.networks.promoted.body",
            to.displayName(),
            session.getTitle(),
            when);
    String action = texts.text(to.language(), "mail.networks.promoted.action");
    String html =
        "<p>"
            + MailText.escape(body)
            + "</p><p><a href=\""
            + MailText.escape(link)
            + "\">"
            + MailText.escape(action)
            + "</a></p>";
    SessionInvitation invitation = calendars.invitation(session);
    Mail mail =
        new Mail(
                to.email(),
                to.language(),
                MailText.subject(subject),
                body + "\n\n" + action + ": " + link + "\n",
                html)
            .with(
                new MailAttachment(
                    invitation.filename(),
                    SessionInvitation.CONTENT_TYPE,
                    invitation.calendar().getBytes(StandardCharsets.UTF_8)));
    outbox.sendAfterCommit(List.of(mail));
  }
}
