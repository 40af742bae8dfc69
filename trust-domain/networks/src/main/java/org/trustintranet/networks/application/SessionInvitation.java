package org.trustintranet.networks.application;

import java.io.Serializable;

/**
 * A session as an iCalendar (RFC 5545) invitation, {@code METHOD:PUBLISH}: the file name to offer
 * it under and the document, whose event's UID stays the same for the session whenever and wherever
 * it is written (download or mail), so a calendar updates it rather than copy it.
 */
public record SessionInvitation(String filename, String calendar) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Its content type, as served and as attached to a mail. */
  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
}
