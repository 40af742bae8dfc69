package org.trustintranet.rooms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A booking of one room for one slot by its organiser. Made through {@link BookingRules#book},
 * which checks it against the room and the bookings that already hold their slots; afterwards it
 * changes only by being cancelled, or, while PENDING, approved or declined by the room's school.
 */
@Entity
@Table(name = "booking")
@NamedQuery(
    name = "Booking.ofRoomBetween",
    query =
        "select b from Booking b where b.roomId = :room and b.status in :statuses"
            + " and b.startsAt < :to and b.endsAt > :from order by b.startsAt, b.id")
@NamedQuery(
    name = "Booking.pendingAt",
    query =
        "select b from Booking b, Room r where r.id = b.roomId and b.status = :pending"
            + " and b.endsAt > :from and r.schoolId in :schools"
            + " order by b.createdAt, b.id")
@NamedQuery(
    name = "Booking.countPendingAt",
    query =
        "select count(b) from Booking b, Room r where r.id = b.roomId and b.status = :pending"
            + " and b.endsAt > :from and r.schoolId in :schools")
@NamedQuery(
    name = "Booking.ofRoomsBetween",
    query =
        "select b from Booking b where b.roomId in :rooms and b.status in :statuses"
            + " and b.startsAt < :to and b.endsAt > :from order by b.startsAt, b.id")
@NamedQuery(
    name = "Booking.ofSeriesFrom",
    query =
        "select b from Booking b where b.seriesId = :series and b.status in :statuses"
            + " and b.startsAt >= :from order by b.startsAt, b.id")
@NamedQuery(
    name = "Booking.ofOrganiserFrom",
    query =
        "select b from Booking b where b.organiserId = :person and b.status in :statuses"
            + " and b.endsAt > :from order by b.startsAt, b.id")
public class Booking {
  public static final int TITLE_LENGTH = 120;
  public static final int PURPOSE_LENGTH = 1000;
  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "room_id", nullable = false, updatable = false)
  private long roomId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(length = PURPOSE_LENGTH)
  private String purpose;

  @Column(nullable = false)
  private int attendees;

  @Column(name = "organiser_id", nullable = false, updatable = false)
  private long organiserId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private BookingStatus status;

  @Column(name = "decline_reason", length = REASON_LENGTH)
  private String declineReason;

  /** The series the booking is an occurrence of; null for a one-off booking. */
  /** What the booking was made for (a network's session), as a link; both null: nothing. */
  @Column(name = "link_label", length = BookingLink.LABEL_LENGTH)
  private String linkLabel;

  @Column(name = "link_path", length = BookingLink.PATH_LENGTH)
  private String linkPath;

  @Column(name = "series_id", updatable = false)
  private Long seriesId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Booking() {}

  /** Package-private: bookings are made by {@link BookingRules#book}, which checks the rules. */
  Booking(
      long roomId,
      TimeSlot slot,
      String title,
      String purpose,
      int attendees,
      long organiserId,
      BookingStatus status,
      Instant now) {
    this.roomId = roomId;
    this.startsAt = slot.start();
    this.endsAt = slot.end();
    this.title = title;
    this.purpose = purpose;
    this.attendees = attendees;
    this.organiserId = organiserId;
    this.status = status;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Frees the slot. The caller has checked that the person may ({@link RoomPolicy#mayCancel}). */
  public void cancel(Instant now) {
    if (!status.holdsSlot()) {
      throw new BusinessException("error.rooms.notCancellable");
    }
    status = BookingStatus.CANCELLED;
    updatedAt = now;
  }

  /** The room's school agrees: a PENDING booking becomes CONFIRMED (it already holds its slot). */
  public void approve(Instant now) {
    requirePending();
    status = BookingStatus.CONFIRMED;
    updatedAt = now;
  }

  /** The room's school refuses a PENDING booking, saying why; its slot is free again. */
  public void decline(String reason, Instant now) {
    requirePending();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new BusinessException("error.rooms.reasonRequired");
    }
    if (why.length() > REASON_LENGTH) {
      throw new BusinessException("error.rooms.reasonTooLong", REASON_LENGTH);
    }
    status = BookingStatus.DECLINED;
    declineReason = why;
    updatedAt = now;
  }

  private void requirePending() {
    if (status != BookingStatus.PENDING) {
      throw new BusinessException("error.rooms.notPending");
    }
  }

  /** Makes a new, not yet stored booking an occurrence of the stored {@code series}. */
  public void partOf(BookingSeries series) {
    if (id != null || seriesId != null || series.getId() == null) {
      throw new IllegalStateException("a new booking joins a stored series once");
    }
    seriesId = series.getId();
  }

  /** Links the booking to what it was made for (its details show the link). */
  public void linkTo(BookingLink link, Instant now) {
    linkLabel = link.label();
    linkPath = link.path();
    updatedAt = now;
  }

  /** What the booking was made for, if its booker said. */
  public Optional<BookingLink> link() {
    return linkPath == null ? Optional.empty() : Optional.of(new BookingLink(linkLabel, linkPath));
  }

  public TimeSlot slot() {
    return new TimeSlot(startsAt, endsAt);
  }

  public Long getId() {
    return id;
  }

  public long getRoomId() {
    return roomId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getTitle() {
    return title;
  }

  public String getPurpose() {
    return purpose;
  }

  public int getAttendees() {
    return attendees;
  }

  public long getOrganiserId() {
    return organiserId;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getSeriesId() {
    return seriesId;
  }

  public String getDeclineReason() {
    return declineReason;
  }
}
