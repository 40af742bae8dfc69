package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A person's standing with one network: member or lead, or an open request or invitation. One row
 * per person and network (the database keeps it unique).
 */
@Entity
@Table(name = "network_member")
public class NetworkMember {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "network_id", nullable = false)
  private long networkId;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private MemberRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private MemberState state;

  @Column(name = "lapses_on")
  private LocalDate lapsesOn;

  @Column(nullable = false)
  private Instant since;

  protected NetworkMember() {}

  private NetworkMember(
      long networkId,
      long personId,
      MemberRole role,
      MemberState state,
      LocalDate lapsesOn,
      Instant now) {
    this.networkId = networkId;
    this.personId = personId;
    this.role = role;
    this.state = state;
    this.lapsesOn = lapsesOn;
    this.since = now;
  }

  public static NetworkMember member(
      long networkId, long personId, LocalDate lapsesOn, Instant now) {
    return new NetworkMember(
        networkId, personId, MemberRole.MEMBER, MemberState.ACTIVE, lapsesOn, now);
  }

  /** A lead: leads do not lapse with their cohort. */
  public static NetworkMember lead(long networkId, long personId, Instant now) {
    return new NetworkMember(networkId, personId, MemberRole.LEAD, MemberState.ACTIVE, null, now);
  }

  public static NetworkMember request(long networkId, long personId, Instant now) {
    return new NetworkMember(
        networkId, personId, MemberRole.MEMBER, MemberState.REQUESTED, null, now);
  }

  public static NetworkMember invitation(long networkId, long personId, Instant now) {
    return new NetworkMember(
        networkId, personId, MemberRole.MEMBER, MemberState.INVITED, null, now);
  }

  /** A member now and not lapsed. */
  public boolean isCurrent(LocalDate today) {
    return state == MemberState.ACTIVE && (lapsesOn == null || !today.isAfter(lapsesOn));
  }

  /** A current lead. */
  public boolean isLead(LocalDate today) {
    return role == MemberRole.LEAD && isCurrent(today);
  }

  /** A request approved, an invitation accepted, or a lapsed membership taken up again. */
  public void admit(LocalDate lapsesOn, Instant now) {
    this.state = MemberState.ACTIVE;
    this.lapsesOn = role == MemberRole.LEAD ? null : lapsesOn;
    this.since = now;
  }

  /** A lapsed member asks to take part again in a network that takes members by request. */
  public void ask(Instant now) {
    this.role = MemberRole.MEMBER;
    this.state = MemberState.REQUESTED;
    this.lapsesOn = null;
    this.since = now;
  }

  /** Renewed for another academic year. */
  public void renew(LocalDate lapsesOn) {
    if (state != MemberState.ACTIVE) {
      throw new BusinessException("error.networks.notMember");
    }
    this.lapsesOn = role == MemberRole.LEAD ? null : lapsesOn;
  }

  /** Made a lead: a lead does not lapse. */
  public void makeLead() {
    if (state != MemberState.ACTIVE) {
      throw new BusinessException("error.networks.notMember");
    }
    this.role = MemberRole.LEAD;
    this.lapsesOn = null;
  }

  /** A lead no more, still a member. */
  public void standDown(LocalDate lapsesOn) {
    this.role = MemberRole.MEMBER;
    this.lapsesOn = lapsesOn;
  }

  public Long getId() {
    return id;
  }

  public long getNetworkId() {
    return networkId;
  }

  public long getPersonId() {
    return personId;
  }

  public MemberRole getRole() {
    return role;
  }

  public MemberState getState() {
    return state;
  }

  public LocalDate getLapsesOn() {
    return lapsesOn;
  }

  public Instant getSince() {
    return since;
  }
}
