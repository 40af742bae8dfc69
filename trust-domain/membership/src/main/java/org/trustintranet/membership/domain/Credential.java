package org.trustintranet.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's password, as a PBKDF2 hash string (algorithm, iterations, salt and hash). Kept apart
 * from {@link Person} so that directory queries never load it.
 */
@Entity
@Table(name = "credential")
public class Credential {
  public static final int HASH_LENGTH = 512;
  public static final int MIN_PASSWORD_LENGTH = 10;
  public static final int MAX_PASSWORD_LENGTH = 128;

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "password_hash", nullable = false, length = HASH_LENGTH)
  private String passwordHash;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected Credential() {}

  public Credential(long personId, String passwordHash, Instant changedAt) {
    this.personId = personId;
    replace(passwordHash, changedAt);
  }

  public final void replace(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.changedAt = now;
  }

  public Long getPersonId() {
    return personId;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
