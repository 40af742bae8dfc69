package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.MailText;
import org.trustintranet.networks.domain.NetworkSession;

/**
 * A session's invitation, for its download and for the mail of a person promoted from the waiting
 * list: its page and UID named after the intranet's address ({@code trust.url}).
 */
@ApplicationScoped
class SessionCalendars {
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "trust.url", defaultValue = "http://localhost:8080")
  String url;

  SessionInvitation invitation(NetworkSession s) {
    String where = s.getPlace() != null ? s.getPlace() : s.getOnlineLink();
    return SessionCalendar.invitation(
        new SessionCalendar.Event(
            s.getId(),
            s.getStartsAt(),
            s.getEndsAt(),
            s.getTitle(),
            s.getAgenda(),
            where == null ? "" : where,
            page(s.getId()),
            s.isCancelled()),
        SessionCalendar.host(url),
        clock.instant());
  }

  /** The session's page, absolute. */
  String page(long sessionId) {
    return MailText.base(url) + "/networks/session.xhtml?id=" + sessionId;
  }
}
