package org.trustintranet.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.trustintranet.kernel.domain.SecretToken;

/**
 * A person's personal feed address: the hash of its token (never the token) and when it was made.
 * One per person; {@link #replace} gives it a new token, and the old one stops working at once.
 */
@Entity
@Table(name = "feed_token")
@NamedQuery(
    name = "PersonalFeed.byHash",
    query = "select f from PersonalFeed f where f.tokenHash = :hash")
public class PersonalFeed {
  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "token_hash", nullable = false, length = SecretToken.HASH_LENGTH)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected PersonalFeed() {}

  public PersonalFeed(long personId, SecretToken token, Instant now) {
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
