package org.trustintranet.membership.application;

import java.io.Serializable;
import org.trustintranet.kernel.domain.SchoolRole;

/** A line of a school's membership list. */
public record SchoolMemberRow(
    long membershipId,
    long personId,
    String displayName,
    String email,
    String jobTitle,
    SchoolRole role)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
