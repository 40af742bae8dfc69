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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A room a school lends: owned by one school for ever, described by its {@link RoomDetails}, which
 * its managers revise, and its {@link RoomRules}; archived rather than deleted, so that its past
 * bookings keep their room.
 */
@Entity
@Table(name = "room")
@NamedQuery(
    name = "Room.bookable",
    query =
        "select r from Room r where r.archived = false and (r.sharing = :trust or r.schoolId in"
            + " :schools) order by r.name, r.id")
@NamedQuery(
    name = "Room.openAt",
    query =
        "select r from Room r where r.archived = false and r.schoolId = :school order by r.name,"
            + " r.id")
@NamedQuery(
    name = "Room.allOpen",
    query = "select r from Room r where r.archived = false order by r.name, r.id")
public class Room {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_id", nullable = false, updatable = false)
  private long schoolId;

  @Column(nullable = false, length = RoomDetails.NAME_LENGTH)
  private String name;

  @Column(nullable = false)
  private int capacity;

  /** The facilities' names, comma-separated ("PROJECTOR,KITCHEN"); empty for none. */
  @Column(nullable = false, length = 200)
  private String facilities;

  @Column(length = RoomDetails.LOCATION_LENGTH)
  private String location;

  @Column(length = RoomDetails.DIRECTIONS_LENGTH)
  private String directions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Sharing sharing;

  @Column(name = "approval_required", nullable = false)
  private boolean approvalRequired;

  @Column(nullable = false)
  private boolean archived;

  /** {@link RoomRules#hoursText()}: "MONDAY=08:00-18:00,..."; closed days left out. */
  @Column(name = "bookable_hours", nullable = false, length = 200)
  private String bookableHours;

  @Column(name = "min_minutes", nullable = false)
  private int minMinutes;

  @Column(name = "max_minutes", nullable = false)
  private int maxMinutes;

  @Column(name = "days_ahead", nullable = false)
  private int daysAhead;

  /** The photo's bytes in the file store; the photo_* columns are all null without one. */
  @Column(name = "photo_content_id", length = 64)
  private String photoContentId;

  @Column(name = "photo_type", length = 20)
  private String photoType;

  @Column(name = "photo_size")
  private Long photoSize;

  @Column(name = "photo_width")
  private Integer photoWidth;

  @Column(name = "photo_height")
  private Integer photoHeight;

  @Column(name = "photo_alt", length = RoomPhoto.ALT_LENGTH)
  private String photoAlt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Room() {}

  public Room(long schoolId, RoomDetails details, Instant now) {
    this.schoolId = schoolId;
    this.createdAt = now;
    apply(details, now);
    applyRules(RoomRules.DEFAULT);
  }

  /** Changes when the room may be booked; bookings already made stay. */
  public void changeRules(RoomRules rules, Instant now) {
    applyRules(rules);
    updatedAt = now;
  }

  public RoomRules rules() {
    return new RoomRules(RoomRules.parseHours(bookableHours), minMinutes, maxMinutes, daysAhead);
  }

  private void applyRules(RoomRules rules) {
    bookableHours = rules.hoursText();
    minMinutes = rules.minMinutes();
    maxMinutes = rules.maxMinutes();
    daysAhead = rules.daysAhead();
  }

  /** Changes what the room is and how it is lent; its school stays. */
  public void revise(RoomDetails details, Instant now) {
    apply(details, now);
  }

  /** Shows {@code photo} on the room's page (replacing any it had), or with null shows none. */
  public void showPhoto(RoomPhoto photo, Instant now) {
    photoContentId = photo == null ? null : photo.contentId();
    photoType = photo == null ? null : photo.mediaType();
    photoSize = photo == null ? null : photo.size();
    photoWidth = photo == null ? null : photo.width();
    photoHeight = photo == null ? null : photo.height();
    photoAlt = photo == null ? null : photo.alt();
    updatedAt = now;
  }

  /** The room's photo, if it has one. */
  public Optional<RoomPhoto> photo() {
    if (photoContentId == null) {
      return Optional.empty();
    }
    return Optional.of(
        new RoomPhoto(photoContentId, photoType, photoSize, photoWidth, photoHeight, photoAlt));
  }

  /** Nobody books it any more; its bookings stay. */
  public void archive(Instant now) {
    if (archived) {
      throw new BusinessException("error.rooms.alreadyArchived");
    }
    archived = true;
    updatedAt = now;
  }

  private void apply(RoomDetails details, Instant now) {
    name = details.name();
    capacity = details.capacity();
    facilities =
        details.facilities().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    location = details.location();
    directions = details.directions();
    sharing = details.sharing();
    approvalRequired = details.approvalRequired();
    updatedAt = now;
  }

  public RoomDetails details() {
    return new RoomDetails(
        name, capacity, facilities(), location, directions, sharing, approvalRequired);
  }

  public Set<Facility> facilities() {
    if (facilities == null || facilities.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        Arrays.stream(facilities.split(","))
            .map(Facility::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Facility.class))));
  }

  public Long getId() {
    return id;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public String getName() {
    return name;
  }

  public int getCapacity() {
    return capacity;
  }

  public Sharing getSharing() {
    return sharing;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public boolean isArchived() {
    return archived;
  }

  public long getVersion() {
    return version;
  }
}
