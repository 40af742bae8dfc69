package org.trustintranet.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.trustintranet.kernel.domain.BusinessException;

/** One person's rating of a resource, 1 to 5 stars with a short review; one each, editable. */
@Entity
@Table(name = "resource_rating")
@IdClass(Rating.Key.class)
public class Rating {
  public static final int REVIEW_LENGTH = 1000;

  @Id
  @Column(name = "resource_id")
  private long resourceId;

  @Id
  @Column(name = "person_id")
  private long personId;

  @Column(nullable = false)
  private int stars;

  @Column(length = REVIEW_LENGTH)
  private String review;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  protected Rating() {}

  public Rating(long resourceId, long personId, int stars, String review, Instant now) {
    this.resourceId = resourceId;
    this.personId = personId;
    change(stars, review, now);
  }

  /** New stars and review. */
  public void change(int stars, String review, Instant now) {
    if (stars < 1 || stars > 5) {
      throw new BusinessException("error.resources.starsRange");
    }
    String text = review == null || review.isBlank() ? null : review.strip();
    if (text != null && text.length() > REVIEW_LENGTH) {
      throw new BusinessException("error.resources.reviewTooLong", REVIEW_LENGTH);
    }
    this.stars = stars;
    this.review = text;
    this.ratedAt = now;
  }

  public long getResourceId() {
    return resourceId;
  }

  public long getPersonId() {
    return personId;
  }

  public int getStars() {
    return stars;
  }

  public String getReview() {
    return review;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }

  /** The primary key: resource and person. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long resourceId;
    private long personId;

    public Key() {}

    public Key(long resourceId, long personId) {
      this.resourceId = resourceId;
      this.personId = personId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.resourceId == resourceId && k.personId == personId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(resourceId) * 31 + Long.hashCode(personId);
    }
  }
}
