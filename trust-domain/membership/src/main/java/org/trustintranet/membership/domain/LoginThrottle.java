package org.trustintranet.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins for one key (an account, or a client address) and locks the key for a
 * while once too many fail within the window. Kept in the database, so every instance of a cluster
 * sees the same count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {
  public static final int KEY_LENGTH = 300;

  @Id
  @Column(name = "throttle_key", length = KEY_LENGTH)
  private String key;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_started_at", nullable = false)
  private Instant windowStartedAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginThrottle() {}

  public LoginThrottle(String key, Instant now) {
    this.key = normaliseKey(key);
    this.windowStartedAt = now;
  }

  /** The key as stored: cut to the column's length (an over-long address or email still counts). */
  public static String normaliseKey(String key) {
    return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
  }

  public static String accountKey(String email) {
    return "account:" + email;
  }

  public static String addressKey(String address) {
    return "address:" + address;
  }

  /** Counts one failure at {@code now}; locks the key when it reaches {@code policy}'s limit. */
  public void recordFailure(Instant now, Policy policy) {
    boolean lockOver = lockedUntil != null && !now.isBefore(lockedUntil);
    boolean windowOver = now.isAfter(windowStartedAt.plus(policy.window()));
    if (lockOver || (lockedUntil == null && windowOver)) {
      failures = 0;
      windowStartedAt = now;
      lockedUntil = null;
    }
    failures++;
    if (failures >= policy.maxFailures() && lockedUntil == null) {
      lockedUntil = now.plus(policy.lockFor());
    }
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** How long until the key may try again, when locked. */
  public Optional<Duration> remainingLock(Instant now) {
    return isLocked(now) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
  }

  public int getFailures() {
    return failures;
  }

  public String getKey() {
    return key;
  }

  /** How many failures within which window lock a key, and for how long. */
  public record Policy(int maxFailures, Duration window, Duration lockFor) {
    public Policy {
      if (maxFailures < 1) {
        throw new IllegalArgumentException("maxFailures must be at least 1");
      }
    }
  }
}
