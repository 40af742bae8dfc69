package org.trustintranet.networks.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * One meeting of a programme, checked: a session or a school visit, on a day, from a start to a
 * later end (in the trust's zone), at a place (text), an online link (http or https), or both, but
 * at least one.
 */
public record SessionSlot(
    SessionKind kind,
    LocalDate day,
    LocalTime start,
    LocalTime end,
    String place,
    String onlineLink) {
  public static final int PLACE_LENGTH = 300;
  public static final int LINK_LENGTH = 2000;

  public SessionSlot {
    kind = kind == null ? SessionKind.SESSION : kind;
    if (day == null || start == null || end == null) {
      throw new BusinessException("error.learning.session.whenRequired");
    }
    if (!end.isAfter(start)) {
      throw new BusinessException("error.learning.session.endBeforeStart");
    }
    place = place == null || place.isBlank() ? null : place.strip();
    onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
    if (place == null && onlineLink == null) {
      throw new BusinessException("error.learning.session.whereRequired");
    }
    if (place != null && place.length() > PLACE_LENGTH) {
      throw new BusinessException("error.learning.session.placeTooLong", PLACE_LENGTH);
    }
    if (onlineLink != null && !isWebAddress(onlineLink)) {
      throw new BusinessException("error.learning.session.link");
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
