package org.trustintranet.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;

/**
 * A person's choice of news digest, and the secret of the unsubscribe link in each digest (whoever
 * holds the link may stop the digest, nothing else). A digest covers the news published since the
 * last one went out (or since the choice), but never more than {@link #LONGEST_SPAN}: after a long
 * outage nobody gets months of news at once.
 */
@Entity
@Table(name = "news_digest")
public class DigestSubscription {
  /** The most news one digest looks back over. */
  public static final Duration LONGEST_SPAN = Duration.ofDays(8);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DigestFrequency frequency;

  @Column(nullable = false, length = 64, unique = true)
  private String token;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  @Column(name = "last_sent_at")
  private Instant lastSentAt;

  @Version private long version;

  protected DigestSubscription() {}

  public DigestSubscription(long personId, DigestFrequency frequency, Instant now) {
    this.personId = personId;
    this.token = newToken();
    choose(frequency, now);
  }

  /** A new random token: 32 bytes, URL-safe. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The person chooses again; a new choice starts from now (no back-log of old news). */
  public void choose(DigestFrequency chosen, Instant now) {
    Objects.requireNonNull(chosen, "chosen");
    if (chosen != frequency) {
      frequency = chosen;
      chosenAt = now;
      lastSentAt = null;
    }
  }

  /** The unsubscribe link was used: no more digests until the person chooses again. */
  public boolean unsubscribe(Instant now) {
    if (frequency == DigestFrequency.NONE) {
      return false;
    }
    choose(DigestFrequency.NONE, now);
    return true;
  }

  /**
   * Whether this person's digest goes out on {@code day}, which began at {@code startOfDay}: on the
   * days of their frequency, once (a run after one that sent it finds it done), and not on the day
   * they chose (the first digest comes the next morning).
   */
  public boolean isDueOn(LocalDate day, Instant startOfDay) {
    return frequency.sendsOn(day)
        && chosenAt.isBefore(startOfDay)
        && (lastSentAt == null || lastSentAt.isBefore(startOfDay));
  }

  /**
   * The start of the news the next digest covers, sent at {@code now}, from its first whole second:
   * MariaDB keeps times to the second only (mysql-connector-j reads its version, {@code
   * 5.5.5-10.x}, as MySQL 5.5 and drops fractions), so a post published in the second of the choice
   * or of the last digest is stored as that second. Such a post is included (once more, at worst)
   * rather than lost.
   */
  public Instant coversFrom(Instant now) {
    Instant from = lastSentAt != null ? lastSentAt : chosenAt;
    Instant earliest = now.minus(LONGEST_SPAN);
    return (from.isBefore(earliest) ? earliest : from).truncatedTo(ChronoUnit.SECONDS);
  }

  /** Whether a post published at {@code publishedAt} falls in the next digest's span. */
  public boolean covers(Instant publishedAt, Instant now) {
    return !publishedAt.isBefore(coversFrom(now)) && !publishedAt.isAfter(now);
  }

  /** A digest covering the news up to {@code upTo} went out. */
  public void sent(Instant upTo) {
    lastSentAt = upTo;
  }

  public long getPersonId() {
    return personId;
  }

  public DigestFrequency getFrequency() {
    return frequency;
  }

  public String getToken() {
    return token;
  }

  public Instant getLastSentAt() {
    return lastSentAt;
  }
}
