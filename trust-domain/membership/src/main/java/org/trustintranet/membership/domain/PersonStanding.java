package org.trustintranet.membership.domain;

import java.util.Set;
import org.trustintranet.kernel.domain.TrustRole;

/**
 * What decides who may act on a person: whether they are still active, the schools they belong to
 * now and the trust roles they hold. A snapshot of a {@link Person}, so that {@link StaffPolicy}
 * can be asked without an entity (and tested without a database).
 */
public record PersonStanding(
    long personId, boolean active, Set<Long> schoolIds, Set<TrustRole> trustRoles) {

  public PersonStanding {
    schoolIds = Set.copyOf(schoolIds);
    trustRoles = Set.copyOf(trustRoles);
  }
}
