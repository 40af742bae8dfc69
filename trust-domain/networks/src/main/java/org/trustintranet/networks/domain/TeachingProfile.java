package org.trustintranet.networks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A teacher's teaching profile: the focus areas they are strong in and those they are developing,
 * and who may see it. An area is a strength or a development area, never both; each list holds at
 * most {@value #MOST_AREAS} areas, so that a profile says what stands out rather than everything.
 */
@Entity
@Table(name = "teaching_profile")
public class TeachingProfile {
  public static final int MOST_AREAS = 6;

  @Id
  @Column(name = "person_id")
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ProfileVisibility visibility;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "profile_area", joinColumns = @JoinColumn(name = "person_id"))
  @MapKeyColumn(name = "area_id")
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 11)
  private Map<Long, AreaKind> areas = new HashMap<>();

  @Version private long version;

  protected TeachingProfile() {}

  /** An empty profile, seen by the trust until the teacher says otherwise. */
  public TeachingProfile(long personId, Instant now) {
    this.personId = personId;
    this.visibility = ProfileVisibility.TRUST;
    this.updatedAt = now;
  }

  /**
   * Replaces the profile's areas and visibility. {@code offered} are the areas the trust offers
   * now: an area outside it may stay only if the profile already had it (a retired area is kept,
   * never newly chosen).
   */
  public void describe(
      Set<Long> strengths,
      Set<Long> developing,
      ProfileVisibility visibility,
      Set<Long> offered,
      Instant now) {
    if (visibility == null) {
      throw new BusinessException("error.profile.visibilityRequired");
    }
    if (strengths.size() > MOST_AREAS) {
      throw new BusinessException("error.profile.tooManyStrengths", MOST_AREAS);
    }
    if (developing.size() > MOST_AREAS) {
      throw new BusinessException("error.profile.tooManyDevelopmentAreas", MOST_AREAS);
    }
    if (!Collections.disjoint(strengths, developing)) {
      throw new BusinessException("error.profile.bothKinds");
    }
    Map<Long, AreaKind> next = new HashMap<>();
    strengths.forEach(a -> next.put(a, AreaKind.STRENGTH));
    developing.forEach(a -> next.put(a, AreaKind.DEVELOPMENT));
    for (Long area : next.keySet()) {
      if (!offered.contains(area) && !areas.containsKey(area)) {
        throw new BusinessException("error.profile.unknownArea");
      }
    }
    areas.clear();
    areas.putAll(next);
    this.visibility = visibility;
    this.updatedAt = now;
  }

  /** The areas of one kind, in id order. */
  public Set<Long> areas(AreaKind kind) {
    Set<Long> of = new TreeSet<>();
    areas.forEach(
        (area, k) -> {
          if (k == kind) {
            of.add(area);
          }
        });
    return of;
  }

  public long getPersonId() {
    return personId;
  }

  public ProfileVisibility getVisibility() {
    return visibility;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
