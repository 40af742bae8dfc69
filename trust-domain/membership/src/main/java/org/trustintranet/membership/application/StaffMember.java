package org.trustintranet.membership.application;

import java.io.Serializable;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * An active member of one school's staff, as another context needs them: who, and their role there.
 */
public record StaffMember(long personId, String displayName, String jobTitle, SchoolRole role)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
