package org.trustintranet.membership.domain;

import org.trustintranet.kernel.domain.SchoolRole;

/**
 * What the staff directory is filtered by; any part may be null. {@code text} matches given name,
 * family name or email; {@code includeLeavers} also lists people who have left.
 */
public record StaffFilter(String text, Long schoolId, SchoolRole role, boolean includeLeavers) {
  public static final StaffFilter EVERYONE = new StaffFilter(null, null, null, false);
}
