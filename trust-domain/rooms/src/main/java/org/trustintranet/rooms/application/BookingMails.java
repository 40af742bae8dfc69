package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailAttachment;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.MailText;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.BookingStatus;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomRepository;
import org.trustintranet.rooms.domain.RoomRules;

/**
 * Tells the organiser of a booking where it stands, by mail in their language (the bundles' {@code
 * mail.rooms.*}): confirmed, requested, approved, declined with the reason. A confirmed or approved
 * booking's mail carries it as {@code booking.ics}, for the organiser's calendar. Handed to the
 * kernel's outbox, so a mail goes only once the transaction that decided commits. A leaver gets
 * nothing.
 */
@ApplicationScoped
class BookingMails {
  static final String ICS_NAME = "booking.ics";
  static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

  @Inject Texts texts;
  @Inject UserDirectory directory;
  @Inject MailOutbox outbox;
  @Inject RoomViews views;
  @Inject RoomRepository rooms;
  @Inject BookingCalendars calendars;

  @Inject
  @ConfigProperty(name = "trust.url", defaultValue = "http://localhost:8080")
  String url;

  /**
   * "Your request is waiting for approval" if the booking is PENDING; "Your booking is confirmed",
   * with the booking as {@code booking.ics}, if it is CONFIRMED.
   */
  @Transactional
  void booked(long bookingId) {
    rooms
        .findBooking(bookingId)
        .ifPresent(
            b -> {
              Room room = rooms.find(b.getRoomId()).orElseThrow();
              if (b.getStatus() == BookingStatus.PENDING) {
                send("requested", b, room);
              } else if (b.getStatus() == BookingStatus.CONFIRMED) {
                send("confirmed", b, room);
              }
            });
  }

  void approved(Booking booking, Room room) {
    send("approved", booking, room);
  }

  void declined(Booking booking, Room room) {
    send("declined", booking, room);
  }

  private void send(String kind, Booking booking, Room room) {
    Addressee to =
        directory.addressees(List.of(booking.getOrganiserId())).get(booking.getOrganiserId());
    if (to == null) {
      return;
    }
    Language lang = to.language();
    Map<Long, String> schoolNames = views.schoolNames();
    String school = schoolNames.getOrDefault(room.getSchoolId(), "");
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", lang.locale()).withZone(RoomRules.ZONE);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(RoomRules.ZONE);
    String when =
        day.format(booking.getStartsAt())
            + ", "
            + time.format(booking.getStartsAt())
            + "\u2013"
            + time.format(booking.getEndsAt());
    String greeting = texts.text(lang, "mail.rooms.greeting", to.displayName());
    String what =
        texts.text(
            lang, "mail.rooms." + kind + ".body", booking.getTitle(), room.getName(), school);
    String reason =
        booking.getDeclineReason() == null
            ? null
            : texts.text(lang, "mail.rooms.declined.reason", booking.getDeclineReason());
    String action = texts.text(lang, "mail.rooms.action");
    String link = MailText.base(url) + "/rooms/mine.xhtml";
    StringBuilder text = new StringBuilder(greeting).append("\n\n").append(what).append('\n');
    text.append(when).append("\n\n");
    StringBuilder html =
        new StringBuilder("<p>")
            .append(MailText.escape(greeting))
            .append("</p><p>")
            .append(MailText.escape(what))
            .append("<br>")
            .append(MailText.escape(when))
            .append("</p>");
    if (reason != null) {
      text.append(reason).append("\n\n");
      html.append("<p>").append(MailText.escape(reason)).append("</p>");
    }
    text.append(action).append(": ").append(link).append('\n');
    html.append("<p><a href=\"")
        .append(MailText.escape(link))
        .append("\">")
        .append(MailText.escape(action))
        .append("</a></p>");
    String subject = texts.text(lang, "mail.rooms." + kind + ".subject", booking.getTitle());
    Mail mail =
        new Mail(to.email(), lang, MailText.subject(subject), text.toString(), html.toString());
    if (booking.getStatus() == BookingStatus.CONFIRMED) {
      String name = texts.text(lang, "calendar.rooms.booking.name");
      byte[] ics =
          calendars.single(booking, room, schoolNames, name).getBytes(StandardCharsets.UTF_8);
      mail = mail.with(new MailAttachment(ICS_NAME, ICS_TYPE, ics));
    }
    outbox.sendAfterCommit(List.of(mail));
  }
}
