package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A teaching focus area of the trust's managed list (questioning, oracy, phonics ...), kept by
 * trust admins. Profiles, observations, open classrooms and case studies name areas from it. A
 * retired area is offered no more but stays on what already names it.
 */
@Entity
@Table(name = "focus_area")
@NamedQuery(name = "FocusArea.all", query = "SELECT a FROM FocusArea a ORDER BY a.name")
@NamedQuery(
    name = "FocusArea.byName",
    query = "SELECT a FROM FocusArea a WHERE LOWER(a.name) = LOWER(:name)")
public class FocusArea {
  public static final int NAME_LENGTH = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "name_cy", nullable = false, length = NAME_LENGTH)
  private String welshName;

  @Column(nullable = false)
  private boolean retired;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected FocusArea() {}

  /** A new area with its English name and, where the trust gives one, its Welsh name. */
  public FocusArea(String name, String welshName, Instant now) {
    rename(name, welshName);
    this.createdAt = now;
  }

  /** New names: the English one required, the Welsh one optional, each within the limit. */
  public void rename(String name, String welshName) {
    this.name = checkedName(name, true);
    this.welshName = checkedName(welshName, false);
  }

  /** No longer offered on profiles and new records. */
  public void retire() {
    this.retired = true;
  }

  /** Offered again. */
  public void restore() {
    this.retired = false;
  }

  private static String checkedName(String name, boolean required) {
    String words = name == null ? "" : name.strip();
    if (required && words.isEmpty()) {
      throw new BusinessException("error.focusArea.nameRequired");
    }
    if (words.length() > NAME_LENGTH) {
      throw new BusinessException("error.focusArea.nameTooLong", NAME_LENGTH);
    }
    return words;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getWelshName() {
    return welshName;
  }

  public boolean isRetired() {
    return retired;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
