package org.trustintranet.membership.domain;

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
import org.trustintranet.kernel.domain.Phase;

/** A school of the trust. Archived schools keep their history but take no new members. */
@Entity
@Table(name = "school")
@NamedQuery(name = "School.all", query = "select s from School s order by s.name")
@NamedQuery(
    name = "School.open",
    query = "select s from School s where s.archived = false order by s.name")
@NamedQuery(name = "School.byUrn", query = "select s from School s where s.urn = :urn")
public class School {
  public static final int NAME_LENGTH = 200;
  public static final int LOCAL_AUTHORITY_LENGTH = 100;
  public static final int ADDRESS_LENGTH = 400;
  public static final int HEAD_TEACHER_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = Urn.LENGTH)
  private String urn;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Phase phase;

  @Column(name = "local_authority", length = LOCAL_AUTHORITY_LENGTH)
  private String localAuthority;

  @Column(length = ADDRESS_LENGTH)
  private String address;

  @Column(name = "head_teacher", length = HEAD_TEACHER_LENGTH)
  private String headTeacher;

  @Column(nullable = false)
  private boolean archived;

  @Version private long version;

  protected School() {}

  public School(Urn urn, SchoolProfile profile) {
    this.urn = urn.value();
    describe(profile);
  }

  /** Corrects the school's URN (a typo at creation); uniqueness is checked by the service. */
  public void renumber(Urn newUrn) {
    this.urn = newUrn.value();
  }

  /** Changes what the school is called and where it is. */
  public final void describe(SchoolProfile profile) {
    this.name = profile.name();
    this.phase = profile.phase();
    this.localAuthority = profile.localAuthority();
    this.address = profile.address();
    this.headTeacher = profile.headTeacher();
  }

  public void archive() {
    archived = true;
  }

  public void reopen() {
    archived = false;
  }

  public Long getId() {
    return id;
  }

  public Urn getUrn() {
    return new Urn(urn);
  }

  public String getName() {
    return name;
  }

  public Phase getPhase() {
    return phase;
  }

  public String getLocalAuthority() {
    return localAuthority;
  }

  public String getAddress() {
    return address;
  }

  public String getHeadTeacher() {
    return headTeacher;
  }

  public boolean isArchived() {
    return archived;
  }

  public long getVersion() {
    return version;
  }

  public SchoolProfile profile() {
    return new SchoolProfile(name, phase, localAuthority, address, headTeacher);
  }
}
