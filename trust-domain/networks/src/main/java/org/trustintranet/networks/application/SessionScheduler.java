package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.RoomRulesService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
import org.trustintranet.rooms.domain.BookingLink;

/**
 * Schedules one session or a run of them, all or nothing: each session in a room books it through
 * the rooms service (in the rooms context's own transaction, its rules and clash check applying),
 * then the sessions are saved together ({@link SessionDesk}); if any booking is refused or the
 * sessions cannot be saved, the bookings already made are cancelled and nothing is saved. Before
 * booking a run, the room's rules and calendar are read for each date, so a date too far ahead
 * ({@value #REPEAT_TOO_FAR}) or already taken ({@value #REPEAT_CLASH}) is named before anything is
 * written; a date closed or taken meanwhile is named too. Each booking then links back to its
 * session. The caller has checked who may schedule.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
class SessionScheduler {
  private static final Logger LOG = Logger.getLogger(SessionScheduler.class.getName());
  static final String REPEAT_CLASH = "error.networks.session.repeat.clash";
  static final String SESSION_PATH = "/networks/session.xhtml?id=";
  static final String REPEAT_TOO_FAR = "error.networks.session.repeat.tooFarAhead";
  static final String REPEAT_CLOSED = "error.networks.session.repeat.closedDay";
  private static final String ROOM_CLASH = "error.rooms.clash";
  private static final String ROOM_CLOSED = "error.rooms.closedDay";

  @Inject SessionDesk desk;
  @Inject RoomService rooms;
  @Inject RoomRulesService roomRules;
  @Inject Clock clock;

  /** The new sessions' ids, in the order given; every session is in one room or all online. */
  List<Long> schedule(Network network, List<SessionDetails> all) {
    Long roomId = all.get(0).roomId();
    if (roomId == null) {
      return desk.addAll(network, all, null, null);
    }
    RoomView room = rooms.room(roomId);
    boolean run = all.size() > 1;
    if (run) {
      refuseBeforeBooking(room, all);
    }
    List<Long> bookings = new ArrayList<>();
    List<Long> ids;
    try {
      for (SessionDetails d : all) {
        bookings.add(book(network, room, d, run));
      }
      ids = desk.addAll(network, all, bookings, room.name() + ", " + room.schoolName());
    } catch (RuntimeException e) {
      cancel(bookings); // no session was saved: their rooms are free again
      throw e;
    }
    for (int i = 0; i < ids.size(); i++) {
      link(bookings.get(i), network, ids.get(i));
    }
    return ids;
  }

  /**
   * Reads the room's rules and calendar for each date of a run, so that a date too far ahead or
   * already taken is named before any booking (and its confirmation mail) is made.
   */
  private void refuseBeforeBooking(RoomView room, List<SessionDetails> all) {
    int daysAhead = roomRules.rules(room.id()).daysAhead();
    LocalDate last = LocalDate.now(clock.withZone(AcademicYear.ZONE)).plusDays(daysAhead);
    for (SessionDetails d : all) {
      if (LocalDate.ofInstant(d.start(), AcademicYear.ZONE).isAfter(last)) {
        throw new BusinessException(REPEAT_TOO_FAR, day(d), daysAhead);
      }
      if (!rooms.bookings(room.id(), d.start(), d.end()).isEmpty()) {
        throw new BusinessException(REPEAT_CLASH, day(d));
      }
    }
  }

  private long book(Network network, RoomView room, SessionDetails d, boolean run) {
    try {
      return rooms.book(
          room.id(),
          new BookingForm(
              d.start(),
              d.end(),
              d.title(),
              network.getName(),
              d.capacity())); // more places than the room seats: refused by rooms
    } catch (BusinessException e) {
      if (run && ROOM_CLASH.equals(e.messageKey())) {
        throw new BusinessException(REPEAT_CLASH, day(d)); // taken since it was read
      }
      if (run && ROOM_CLOSED.equals(e.messageKey())) {
        throw new BusinessException(
            REPEAT_CLOSED, day(d), e.arguments().length > 0 ? e.arguments()[0] : "");
      }
      throw e;
    }
  }

  private void cancel(List<Long> bookings) {
    for (long booking : bookings) {
      try {
        rooms.cancel(booking);
      } catch (RuntimeException cancel) {
        LOG.log(Level.WARNING, "Booking " + booking + " of a session not saved stays", cancel);
      }
    }
  }

  /** The room's booking shows what it is for: the network, linking to the session's page. */
  private void link(long booking, Network network, long sessionId) {
    try {
      rooms.link(booking, new BookingLink(network.getName(), SESSION_PATH + sessionId));
    } catch (RuntimeException e) { // the session and its booking stand; only the link is lost
      LOG.log(Level.WARNING, "Booking " + booking + " not linked to session " + sessionId, e);
    }
  }

  private static String day(SessionDetails d) {
    return LocalDate.ofInstant(d.start(), AcademicYear.ZONE).toString();
  }
}
