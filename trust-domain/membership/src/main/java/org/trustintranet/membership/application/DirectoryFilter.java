package org.trustintranet.membership.application;

import java.io.Serializable;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * What the staff directory is filtered by; any part may be null. {@code text} matches given name,
 * family name or email; {@code includeLeavers} also lists people who have left (admins only).
 */
public record DirectoryFilter(String text, Long schoolId, SchoolRole role, boolean includeLeavers)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final DirectoryFilter EVERYONE = new DirectoryFilter(null, null, null, false);
}
