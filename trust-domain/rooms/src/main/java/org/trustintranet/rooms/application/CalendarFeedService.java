package org.trustintranet.rooms.application;

import jakarta.validation.constraints.NotNull;

/**
 * iCalendar feeds of bookings. A signed-in person makes (or replaces, or revokes) their calendar
 * feed address, whose token lets a calendar (Outlook, Google, Apple) fetch, without signing in, the
 * person's own CONFIRMED and PENDING bookings, and the bookings of any room the person may see now
 * (titles only where the person may see a booking's details, "Busy" otherwise; never names). An
 * unknown, revoked or junk token, a leaver's token, or a room its owner may not see, is answered as
 * not found ({@code error.rooms.notFound}), whatever the reason.
 */
public interface CalendarFeedService {
  /** How many days back the feeds reach; forward they reach as far as bookings may be made. */
  int DAYS_BACK = 30;

  /** The current user's calendar feed address: whether they have one, and since when. */
  CalendarFeedView myCalendarFeed();

  /**
   * Makes a new calendar feed address for the current user, replacing any they had (the old one
   * stops working at once), and returns its token: the only time it is ever given out.
   */
  String createMyCalendarToken();

  /** Revokes the current user's calendar feed address: it stops working at once. */
  void revokeMyCalendarToken();

  /** The token owner's own bookings as an iCalendar document; no sign-in needed. */
  String personalCalendar(@NotNull String token);

  /** A room's bookings as an iCalendar document, if the token's owner may see the room. */
  String roomCalendar(@NotNull String token, long roomId);
}
