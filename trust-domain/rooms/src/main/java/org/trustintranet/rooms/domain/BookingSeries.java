package org.trustintranet.rooms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recurring booking as its organiser asked for it (pattern, until a date or a number of times).
 * Its occurrences are ordinary {@link Booking}s that name it; cancelling them leaves it as a record
 * of what was asked.
 */
@Entity
@Table(name = "booking_series")
public class BookingSeries {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "room_id", nullable = false, updatable = false)
  private long roomId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private Repeat pattern;

  /** Every how many periods: always 1 for now (FORTNIGHTLY is its own pattern). */
  @Column(name = "interval_count", nullable = false, updatable = false)
  private int intervalCount;

  @Column(name = "until_date", updatable = false)
  private LocalDate until;

  @Column(name = "occurrence_count", updatable = false)
  private Integer count;

  @Column(name = "organiser_id", nullable = false, updatable = false)
  private long organiserId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected BookingSeries() {}

  public BookingSeries(
      long roomId, Repeat pattern, LocalDate until, Integer count, long organiserId, Instant now) {
    if ((until == null) == (count == null)) {
      throw new IllegalArgumentException("until or count, one of them");
    }
    this.roomId = roomId;
    this.pattern = pattern;
    this.intervalCount = 1;
    this.until = until;
    this.count = count;
    this.organiserId = organiserId;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getRoomId() {
    return roomId;
  }

  public Repeat getPattern() {
    return pattern;
  }

  public long getOrganiserId() {
    return organiserId;
  }
}
