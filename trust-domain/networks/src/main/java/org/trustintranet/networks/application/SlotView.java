package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.trustintranet.networks.domain.SessionKind;

/** A session or school visit of a programme, as the pages and the booklet show it. */
public record SlotView(
    long id,
    SessionKind kind,
    LocalDate day,
    LocalTime start,
    LocalTime end,
    String place,
    String onlineLink)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
