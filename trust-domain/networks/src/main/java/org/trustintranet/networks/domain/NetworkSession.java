package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A session of a network, with its count of booked places. Sign-ups and cancellations change the
 * count under the session's row lock, so that two people never take the same last place.
 */
@Entity
@Table(name = "network_session")
public class NetworkSession {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "network_id", nullable = false)
  private long networkId;

  @Column(nullable = false, length = SessionDetails.TITLE_LENGTH)
  private String title;

  @Column(nullable = false, length = SessionDetails.AGENDA_LENGTH)
  private String agenda;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "room_id")
  private Long roomId;

  @Column(name = "booking_id")
  private Long bookingId;

  /** The room and its school as they were named when it was booked. */
  @Column(length = 300)
  private String place;

  @Column(name = "online_link", length = SessionDetails.LINK_LENGTH)
  private String onlineLink;

  @Column(nullable = false)
  private int capacity;

  @Column(nullable = false)
  private int booked;

  @Column(nullable = false)
  private boolean cancelled;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected NetworkSession() {}

  /** A session that starts after {@code now}, in a booked room (booking and place) or online. */
  public NetworkSession(
      long networkId,
      SessionDetails details,
      Long bookingId,
      String place,
      long createdBy,
      Instant now) {
    if (!details.start().isAfter(now)) {
      throw new BusinessException("error.networks.session.inThePast");
    }
    this.networkId = networkId;
    this.title = details.title();
    this.agenda = details.agenda();
    this.startsAt = details.start();
    this.endsAt = details.end();
    this.roomId = details.roomId();
    this.bookingId = bookingId;
    this.place = place;
    this.onlineLink = details.onlineLink();
    this.capacity = details.capacity();
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** True while a place can be booked: not cancelled and not started. */
  public boolean isOpen(Instant now) {
    return !cancelled && startsAt.isAfter(now);
  }

  public boolean hasFreePlace() {
    return booked < capacity;
  }

  /** One more place taken; refused when none is free. */
  public void takePlace() {
    if (!hasFreePlace()) {
      throw new BusinessException("error.networks.session.full");
    }
    booked++;
  }

  /** A booked place given back. */
  public void givePlaceBack() {
    if (booked > 0) {
      booked--;
    }
  }

  public void cancel() {
    this.cancelled = true;
  }

  public Long getId() {
    return id;
  }

  public long getNetworkId() {
    return networkId;
  }

  public String getTitle() {
    return title;
  }

  public String getAgenda() {
    return agenda;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Long getRoomId() {
    return roomId;
  }

  public Long getBookingId() {
    return bookingId;
  }

  public String getPlace() {
    return place;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getBooked() {
    return booked;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
