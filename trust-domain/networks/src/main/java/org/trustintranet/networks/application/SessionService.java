package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.trustintranet.networks.domain.PlaceState;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.networks.domain.SessionRepeat;

/**
 * A network's sessions: scheduled by its leads (in a room booked through the rooms context, whose
 * rules, approval and clash checks apply, or online), signed up to by its members with a waiting
 * list that promotes the next person by mail when a place comes free, attendance taken by its
 * leads, and each person's next session. Anyone of the trust sees a network's sessions.
 */
public interface SessionService {
  String NOT_FOUND = "error.networks.session.notFound";
  String NOT_A_MEMBER = "error.networks.session.membersOnly";
  String ALREADY_SIGNED = "error.networks.session.alreadySigned";
  String CLOSED = "error.networks.session.closed";
  String NO_PLACE = "error.networks.session.noPlace";
  String NOT_STARTED = "error.networks.session.notStarted";
  String NOT_BOOKED = "error.networks.session.notBooked";

  /** The network's next sessions that have not started, soonest first (the next 10). */
  List<SessionView> upcoming(long networkId);

  /** The network's sessions that have started, latest first (the last 5). */
  List<SessionView> past(long networkId);

  /**
   * Both lists at once, as {@link #upcoming} and {@link #past} give them, with the network checked
   * once and the waiting counts and my places read once for both (the network's page).
   */
  NetworkSessions sessionsOf(long networkId);

  SessionDetail session(long id);

  /**
   * The session as an iCalendar invitation ({@code session-ID.ics}), for whoever may see it: anyone
   * of the trust, as {@link #session}.
   */
  SessionInvitation invitation(long id);

  /** A new session; the network's leads and trust admins. Returns its id. */
  long schedule(long networkId, @NotNull SessionDetails details);

  /**
   * A session repeated each term: one session per occurrence ({@link SessionRepeat}), each with its
   * own room booking, all or nothing: if the room is taken on any date, nothing is saved and the
   * refusal ({@code error.networks.session.repeat.clash}) names that date. As {@link #schedule} for
   * who may. Returns their ids, soonest first.
   */
  List<Long> scheduleRepeating(
      long networkId, @NotNull SessionDetails first, @NotNull SessionRepeat repeat);

  /** A place if one is free, else the waiting list; current members of the network only. */
  PlaceState signUp(long sessionId);

  /** Gives the asker's place back (or leaves the waiting list); the next waiting is promoted. */
  void cancelPlace(long sessionId);

  /** Whether a booked person came; the network's leads, once the session has started. */
  void attendance(long sessionId, long personId, boolean attended);

  /** The asker's next session with a booked place, for the home page (none outside the trust). */
  Optional<SessionView> nextSession();
}
