package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person's place at a session, booked or waiting; and, once it has happened, attended or not. */
@Entity
@Table(name = "network_session_place")
@IdClass(SessionPlace.Key.class)
public class SessionPlace {
  @Id
  @Column(name = "session_id")
  private long sessionId;

  @Id
  @Column(name = "person_id")
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private PlaceState state;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  private Boolean attended;

  protected SessionPlace() {}

  public SessionPlace(long sessionId, long personId, PlaceState state, Instant now) {
    this.sessionId = sessionId;
    this.personId = personId;
    this.state = state;
    this.signedAt = now;
  }

  /** From the waiting list to a place. */
  public void promote() {
    this.state = PlaceState.BOOKED;
  }

  public void attended(boolean attended) {
    this.attended = attended;
  }

  public long getSessionId() {
    return sessionId;
  }

  public long getPersonId() {
    return personId;
  }

  public PlaceState getState() {
    return state;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public Boolean getAttended() {
    return attended;
  }

  /** The primary key: session and person. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long sessionId;
    private long personId;

    public Key() {}

    public Key(long sessionId, long personId) {
      this.sessionId = sessionId;
      this.personId = personId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.sessionId == sessionId && k.personId == personId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(sessionId, personId);
    }
  }
}
