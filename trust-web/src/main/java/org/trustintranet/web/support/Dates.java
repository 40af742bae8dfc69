package org.trustintranet.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows instants in the trust's time zone, as people in English schools write dates. */
@Named
@ApplicationScoped
public class Dates {
  private static final ZoneId TRUST_ZONE = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(TRUST_ZONE);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK).withZone(TRUST_ZONE);

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}
