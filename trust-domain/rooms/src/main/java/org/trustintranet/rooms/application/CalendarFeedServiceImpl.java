package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.SecretToken;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.CalendarFeed;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomPolicy;
import org.trustintranet.rooms.domain.RoomRepository;

/**
 * The calendar feeds, for the profile the token's owner has now: someone who has left has none, and
 * someone whose memberships changed sees the rooms they may see today (the rule is {@link
 * RoomPolicy}'s, the same as the screens'). Tokens are never logged, audited or kept: only hashes.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedServiceImpl implements CalendarFeedService {
  static final String SUBJECT = "person";

  @Inject RoomRepository rooms;
  @Inject CurrentUser currentUser;
  @Inject UserDirectory directory;
  @Inject SchoolService schools;
  @Inject Texts texts;
  @Inject AuditTrail audit;
  @Inject BookingCalendars calendars;
  @Inject Clock clock;

  @Override
  public CalendarFeedView myCalendarFeed() {
    UserProfile me = currentUser.requireSignedIn();
    return rooms
        .calendarFeedOf(me.personId())
        .map(f -> new CalendarFeedView(true, f.getCreatedAt()))
        .orElse(CalendarFeedView.NONE);
  }

  @Override
  public String createMyCalendarToken() {
    UserProfile me = currentUser.requireSignedIn();
    SecretToken token = SecretToken.generate();
    Instant now = clock.instant();
    rooms
        .calendarFeedOf(me.personId())
        .ifPresentOrElse(
            f -> f.replace(token, now),
            () -> rooms.add(new CalendarFeed(me.personId(), token, now)));
    rooms.flush();
    audit.record("rooms.calendarFeed.create", SUBJECT, me.personId(), me.displayName(), null, null);
    return token.text();
  }

  @Override
  public void revokeMyCalendarToken() {
    UserProfile me = currentUser.requireSignedIn();
    if (rooms.removeCalendarFeed(me.personId())) {
      rooms.flush();
      audit.record(
          "rooms.calendarFeed.revoke", SUBJECT, me.personId(), me.displayName(), null, null);
    }
  }

  @Override
  public String personalCalendar(String token) {
    Owner owner = owner(token);
    Instant now = clock.instant();
    List<Booking> mine =
        rooms.upcomingOf(owner.profile().personId(), now.minus(Duration.ofDays(DAYS_BACK)));
    Map<Long, String> schoolNames = schools.names(true);
    List<ICalendarWriter.Event> events =
        mine.stream()
            .map(
                b -> {
                  Room room = rooms.find(b.getRoomId()).orElseThrow();
                  return calendars.event(b, room, schoolNames, b.getTitle());
                })
            .toList();
    String name = texts.text(owner.language(), "calendar.rooms.mine.name");
    return ICalendarWriter.write(name, events, now);
  }

  @Override
  public String roomCalendar(String token, long roomId) {
    Owner owner = owner(token);
    Room room =
        rooms
            .find(roomId)
            .filter(r -> RoomPolicy.maySee(owner.profile(), r))
            .orElseThrow(() -> new NotFoundException(RoomAccess.NOT_FOUND));
    Instant now = clock.instant();
    Instant to = now.plus(Duration.ofDays(room.rules().daysAhead() + 1L));
    String busy = texts.text(owner.language(), "rooms.busy");
    Map<Long, String> schoolNames = schools.names(true);
    List<ICalendarWriter.Event> events =
        rooms.holding(roomId, now.minus(Duration.ofDays(DAYS_BACK)), to).stream()
            .map(
                b ->
                    calendars.event(
                        b,
                        room,
                        schoolNames,
                        RoomPolicy.maySeeDetails(owner.profile(), room, b) ? b.getTitle() : busy))
            .toList();
    String name = texts.text(owner.language(), "calendar.rooms.room.name", room.getName());
    return ICalendarWriter.write(name, events, now);
  }

  /** The token's owner, active now, and their language; not found otherwise. */
  private Owner owner(String token) {
    CalendarFeed feed =
        SecretToken.parse(token)
            .flatMap(rooms::calendarFeedByToken)
            .orElseThrow(() -> new NotFoundException(RoomAccess.NOT_FOUND));
    long personId = feed.getPersonId();
    UserProfile profile =
        directory
            .findActiveProfile(personId)
            .orElseThrow(() -> new NotFoundException(RoomAccess.NOT_FOUND));
    Addressee addressee = directory.addressees(List.of(personId)).get(personId);
    return new Owner(profile, addressee == null ? Language.ENGLISH : addressee.language());
  }

  private record Owner(UserProfile profile, Language language) {}
}
