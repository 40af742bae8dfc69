package org.trustintranet.membership.application;

import java.io.Serializable;
import java.util.List;
import org.trustintranet.kernel.domain.PersonStatus;

/** A line of the staff directory: a person and their current schools and roles. */
public record StaffRow(
    long personId,
    String displayName,
    String email,
    String jobTitle,
    PersonStatus status,
    List<MembershipView> memberships)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
