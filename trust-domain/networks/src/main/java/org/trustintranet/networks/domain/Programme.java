package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A professional-learning programme of a provider school, with its count of places given. A
 * registration, an approval or a cancellation changes the count under the programme's row lock, so
 * that two people never take the same last place.
 */
@Entity
@Table(name = "programme")
public class Programme {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = ProgrammeDetails.TITLE_LENGTH)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "career_stage", nullable = false, length = 24)
  private CareerStage stage;

  @Column(nullable = false, length = ProgrammeDetails.DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "provider_school_id", nullable = false)
  private long providerSchoolId;

  @Column(nullable = false, length = Term.KEY_LENGTH)
  private String term;

  @Column(nullable = false)
  private int places;

  @Column(nullable = false)
  private int taken;

  @Column(name = "cost_pence", nullable = false)
  private int costPence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ProgrammeState state;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Programme() {}

  /** A draft programme. */
  public Programme(ProgrammeDetails details, long createdBy, Instant now) {
    apply(details);
    this.state = ProgrammeState.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** New details; the places may not fall below those already given. */
  public void revise(ProgrammeDetails details) {
    if (details.places() < taken) {
      throw new BusinessException("error.learning.placesBelowTaken", taken);
    }
    if (details.providerSchoolId() != providerSchoolId) {
      throw new BusinessException("error.learning.providerFixed");
    }
    apply(details);
  }

  private void apply(ProgrammeDetails d) {
    this.title = d.title();
    this.stage = d.stage();
    this.description = d.description();
    this.providerSchoolId = d.providerSchoolId();
    this.term = d.term().key();
    this.places = d.places();
    this.costPence = d.costPence();
  }

  public void publish() {
    if (state == ProgrammeState.WITHDRAWN) {
      throw new BusinessException("error.learning.withdrawn");
    }
    state = ProgrammeState.PUBLISHED;
  }

  public void withdraw() {
    state = ProgrammeState.WITHDRAWN;
  }

  /** True while people may register: published. */
  public boolean isOpen() {
    return state == ProgrammeState.PUBLISHED;
  }

  public boolean hasCost() {
    return costPence > 0;
  }

  public boolean hasFreePlace() {
    return taken < places;
  }

  /**
   * Where a new registration stands: awaiting approval when the programme has a cost, else {@link
   * #admit}.
   */
  public RegistrationState register() {
    if (!isOpen()) {
      throw new BusinessException("error.learning.closed");
    }
    return hasCost() ? RegistrationState.REQUESTED : admit();
  }

  /** A place if one is free (taking it), else the waiting list. */
  public RegistrationState admit() {
    if (hasFreePlace()) {
      taken++;
      return RegistrationState.PLACE;
    }
    return RegistrationState.WAITING;
  }

  /** A place given back. */
  public void givePlaceBack() {
    if (taken > 0) {
      taken--;
    }
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public CareerStage getStage() {
    return stage;
  }

  public String getDescription() {
    return description;
  }

  public long getProviderSchoolId() {
    return providerSchoolId;
  }

  public Term getTerm() {
    return Term.parse(term);
  }

  public int getPlaces() {
    return places;
  }

  public int getTaken() {
    return taken;
  }

  public int getCostPence() {
    return costPence;
  }

  public ProgrammeState getState() {
    return state;
  }

  public long getVersion() {
    return version;
  }
}
