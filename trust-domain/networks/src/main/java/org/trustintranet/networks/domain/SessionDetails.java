package org.trustintranet.networks.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * What a session of a network is, checked: a title, an agenda, its start and end (the end after the
 * start), how many places, and where: a room (booked through the rooms context, by id) or an online
 * link (http or https), exactly one of the two.
 */
public record SessionDetails(
    String title,
    String agenda,
    Instant start,
    Instant end,
    int capacity,
    Long roomId,
    String onlineLink) {
  public static final int TITLE_LENGTH = 120; // a room booking's title, which it becomes
  public static final int AGENDA_LENGTH = 4000;
  public static final int LINK_LENGTH = 2000;
  public static final int MOST_PLACES = 1000;

  public SessionDetails {
    title = title == null ? "" : title.strip();
    if (title.isEmpty()) {
      throw new BusinessException("error.networks.session.titleRequired");
    }
    if (title.length() > TITLE_LENGTH) {
      throw new BusinessException("error.networks.session.titleTooLong", TITLE_LENGTH);
    }
    agenda = agenda == null ? "" : agenda.strip();
    if (agenda.length() > AGENDA_LENGTH) {
      throw new BusinessException("error.networks.session.agendaTooLong", AGENDA_LENGTH);
    }
    if (start == null || end == null) {
      throw new BusinessException("error.networks.session.whenRequired");
    }
    if (!end.isAfter(start)) {
      throw new BusinessException("error.networks.session.endBeforeStart");
    }
    if (capacity < 1 || capacity > MOST_PLACES) {
      throw new BusinessException("error.networks.session.capacity", MOST_PLACES);
    }
    onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
    if ((roomId == null) == (onlineLink == null)) {
      throw new BusinessException("error.networks.session.roomOrLink");
    }
    if (onlineLink != null && !isWebAddress(onlineLink)) {
      throw new BusinessException("error.networks.session.link");
    }
  }

  private static boolean isWebAddress(String link) {
    if (link.length() > LINK_LENGTH) {
      return false;
    }
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
