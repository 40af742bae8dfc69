package org.trustintranet.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A shared teaching resource: owned by one school for ever and attributed to the person who shared
 * it (who may leave: the resource stays), described by its {@link ResourceMetadata}, with numbered
 * versions of which one is current. Withdrawn rather than deleted at first: out of every search and
 * link at once, restorable for {@link #RESTORE_DAYS} days.
 */
@Entity
@Table(name = "resource")
public class Resource {
  /** How long a withdrawn resource can be restored before it is removed. */
  public static final int RESTORE_DAYS = 30;

  /** Where the trust's days begin and end (the quality badge lapses at the end of its date). */
  public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/London");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_id", nullable = false, updatable = false)
  private long schoolId;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private long ownerId;

  @Column(nullable = false, length = ResourceMetadata.TITLE_LENGTH)
  private String title;

  @Column(length = ResourceMetadata.DESCRIPTION_LENGTH)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Subject subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "key_stage", nullable = false, length = 8)
  private KeyStage keyStage;

  /** The year groups, comma-separated ("7,8"); empty for none. */
  @Column(name = "year_groups", nullable = false, length = 64)
  private String yearGroups;

  @Enumerated(EnumType.STRING)
  @Column(name = "resource_type", nullable = false, length = 32)
  private ResourceType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Licence licence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Visibility visibility;

  /** The tags, comma-separated (a tag holds no comma). */
  @Column(nullable = false, length = 1000)
  private String tags;

  @Column(name = "link_url", length = ResourceMetadata.LINK_LENGTH)
  private String link;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ResourceState state;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(nullable = false)
  private long downloads;

  @Column(name = "rating_count", nullable = false)
  private int ratingCount;

  @Column(name = "rating_total", nullable = false)
  private int ratingTotal;

  /** The average rating (0 when unrated), kept for the "best rated" sort. */
  @Column(name = "rating_score", nullable = false)
  private double ratingScore;

  @Column(name = "assured_by")
  private Long assuredBy;

  @Column(name = "assured_at")
  private Instant assuredAt;

  @Column(name = "assured_until")
  private LocalDate assuredUntil;

  @Column(nullable = false)
  private int problems;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Resource() {}

  /** A new resource of {@code schoolId}, shared by {@code ownerId}, at its first version. */
  public Resource(long schoolId, long ownerId, ResourceMetadata metadata, Instant now) {
    this.schoolId = schoolId;
    this.ownerId = ownerId;
    this.state = ResourceState.ACTIVE;
    this.currentVersion = 1;
    this.createdAt = now;
    apply(metadata, now);
  }

  /** New metadata (its owner, or its school's admins). */
  public void revise(ResourceMetadata metadata, Instant now) {
    requireActive();
    apply(metadata, now);
  }

  private void apply(ResourceMetadata metadata, Instant now) {
    title = metadata.title();
    description = metadata.description();
    subject = metadata.subject();
    keyStage = metadata.keyStage();
    yearGroups =
        metadata.yearGroups().stream()
            .sorted()
            .map(String::valueOf)
            .collect(Collectors.joining(","));
    type = metadata.type();
    licence = metadata.licence();
    visibility = metadata.visibility();
    tags = String.join(",", metadata.tags());
    link = metadata.link();
    updatedAt = now;
  }

  /** The metadata as it is now. */
  public ResourceMetadata metadata() {
    return new ResourceMetadata(
        title,
        description,
        subject,
        keyStage,
        yearGroups.isEmpty()
            ? Set.of()
            : Arrays.stream(yearGroups.split(","))
                .map(Integer::valueOf)
                .collect(Collectors.toSet()),
        type,
        licence,
        visibility,
        tags.isEmpty() ? List.of() : List.of(tags.split(",")),
        link);
  }

  /** Version {@code number} becomes the current one (a new version was added). */
  public void showVersion(int number, Instant now) {
    requireActive();
    if (number != currentVersion + 1) {
      throw new IllegalArgumentException("the next version is " + (currentVersion + 1));
    }
    currentVersion = number;
    updatedAt = now;
  }

  /** Out of the library at once; restorable for {@link #RESTORE_DAYS} days. */
  public void withdraw(Instant now) {
    requireActive();
    state = ResourceState.WITHDRAWN;
    withdrawnAt = now;
    updatedAt = now;
  }

  /** Back in the library, unless its days to be restored have passed. */
  public void restore(Instant now) {
    if (state != ResourceState.WITHDRAWN) {
      throw new BusinessException("error.resources.notWithdrawn");
    }
    if (isPastRestore(now)) {
      throw new BusinessException("error.resources.restorePassed", RESTORE_DAYS);
    }
    state = ResourceState.ACTIVE;
    withdrawnAt = null;
    updatedAt = now;
  }

  /** True when withdrawn longer than {@link #RESTORE_DAYS} days ago: due to be removed. */
  public boolean isPastRestore(Instant now) {
    return state == ResourceState.WITHDRAWN
        && withdrawnAt != null
        && !withdrawnAt.plus(Duration.ofDays(RESTORE_DAYS)).isAfter(now);
  }

  /** The ratings' count and sum changed (a rating was added, changed or removed). */
  public void rated(int count, int total) {
    ratingCount = count;
    ratingTotal = total;
    ratingScore = count == 0 ? 0 : (double) total / count;
  }

  /** Quality-assured by {@code officerId} against the trust's checklist until {@code until}. */
  public void assure(long officerId, LocalDate until, Instant now) {
    requireActive();
    assuredBy = officerId;
    assuredAt = now;
    assuredUntil = until;
    updatedAt = now;
  }

  /** True when its quality badge holds on {@code today}: it lapses by itself after its date. */
  public boolean isAssuredOn(LocalDate today) {
    return assuredUntil != null && !assuredUntil.isBefore(today);
  }

  /** Someone reported a problem. */
  public void problemReported() {
    problems++;
  }

  private void requireActive() {
    if (state != ResourceState.ACTIVE) {
      throw new BusinessException("error.resources.withdrawn");
    }
  }

  public Long getId() {
    return id;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public String getTitle() {
    return title;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public ResourceState getState() {
    return state;
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public long getDownloads() {
    return downloads;
  }

  public int getRatingCount() {
    return ratingCount;
  }

  public double getRatingScore() {
    return ratingScore;
  }

  public Optional<Long> assuredBy() {
    return Optional.ofNullable(assuredBy);
  }

  public Optional<LocalDate> assuredUntil() {
    return Optional.ofNullable(assuredUntil);
  }

  public int getProblems() {
    return problems;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
