package org.trustintranet.kernel.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a signed-in person is: their id and name, their trust-wide roles and their role at each
 * school they belong to. Immutable; the single place where "may this person act here?" is decided.
 */
public record UserProfile(
    long personId,
    String displayName,
    Set<TrustRole> trustRoles,
    Map<Long, SchoolRole> schoolRoles) {

  /** Nobody: used when no one is signed in. Holds no role anywhere. */
  public static final UserProfile ANONYMOUS = new UserProfile(0, "", Set.of(), Map.of());

  public UserProfile {
    Objects.requireNonNull(displayName, "displayName");
    trustRoles = Set.copyOf(trustRoles);
    schoolRoles = Map.copyOf(schoolRoles);
  }

  public boolean isAnonymous() {
    return personId == 0;
  }

  public boolean has(TrustRole role) {
    return trustRoles.contains(role);
  }

  public boolean isTrustAdmin() {
    return has(TrustRole.TRUST_ADMIN);
  }

  /** The schools where this person holds at least {@code role}. */
  public Set<Long> schoolsWhere(SchoolRole role) {
    return schoolRoles.entrySet().stream()
        .filter(e -> e.getValue().includes(role))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** True when this person may hold {@code role}-level powers at {@code schoolId}. */
  public boolean hasAt(long schoolId, SchoolRole role) {
    SchoolRole held = schoolRoles.get(schoolId);
    return held != null && held.includes(role);
  }

  /** Trust admins administer every school; school admins their own. */
  public boolean mayAdministerSchool(long schoolId) {
    return isTrustAdmin() || hasAt(schoolId, SchoolRole.SCHOOL_ADMIN);
  }

  /** True for trust admins and for anyone who administers at least one school. */
  public boolean administersAnySchool() {
    return isTrustAdmin() || !schoolsWhere(SchoolRole.SCHOOL_ADMIN).isEmpty();
  }
}
