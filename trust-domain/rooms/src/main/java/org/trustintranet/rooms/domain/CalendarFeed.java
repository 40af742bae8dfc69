package org.trustintranet.rooms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.trustintranet.kernel.domain.SecretToken;

/**
 * A person's calendar feed address (iCalendar): the hash of its token (never the token) and when it
 * was made. One per person; {@link #replace} gives it a new token, and the old one stops at once.
 * The same token opens the person's own bookings and the feeds of the rooms they may see.
 */
@Entity
@Table(name = "room_calendar_feed")
@NamedQuery(
    name = "CalendarFeed.byHash",
    query = "select f from CalendarFeed f where f.tokenHash = :hash")
public class CalendarFeed {
  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "token_hash", nullable = false, length = SecretToken.HASH_LENGTH)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected CalendarFeed() {}

  public CalendarFeed(long personId, SecretToken token, Instant now) {
    this.personId = personId;
    replace(token, now);
  }

  /** Gives the address a new token: the old one no longer opens it. */
  public void replace(SecretToken token, Instant now) {
    this.tokenHash = token.hash();
    this.createdAt = now;
  }

  public long getPersonId() {
    return personId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
