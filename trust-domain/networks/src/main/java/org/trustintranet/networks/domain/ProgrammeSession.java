package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session or "visit a school" day of a programme. */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_id", nullable = false)
  private long programmeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private SessionKind kind;

  /** "day" is a reserved word of H2, the embedded database. */
  @Column(name = "held_on", nullable = false)
  private LocalDate day;

  @Column(nullable = false)
  private LocalTime starts;

  @Column(nullable = false)
  private LocalTime ends;

  @Column(length = SessionSlot.PLACE_LENGTH)
  private String place;

  @Column(name = "online_link", length = SessionSlot.LINK_LENGTH)
  private String onlineLink;

  protected ProgrammeSession() {}

  public ProgrammeSession(long programmeId, SessionSlot slot) {
    this.programmeId = programmeId;
    this.kind = slot.kind();
    this.day = slot.day();
    this.starts = slot.start();
    this.ends = slot.end();
    this.place = slot.place();
    this.onlineLink = slot.onlineLink();
  }

  public Long getId() {
    return id;
  }

  public long getProgrammeId() {
    return programmeId;
  }

  public SessionKind getKind() {
    return kind;
  }

  public LocalDate getDay() {
    return day;
  }

  public LocalTime getStarts() {
    return starts;
  }

  public LocalTime getEnds() {
    return ends;
  }

  public String getPlace() {
    return place;
  }

  public String getOnlineLink() {
    return onlineLink;
  }
}
