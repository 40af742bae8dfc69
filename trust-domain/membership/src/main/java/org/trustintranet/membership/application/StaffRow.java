package org.trustintranet.membership.application;

import java.util.List;
import org.trustintranet.membership.domain.PersonStatus;

/** A line of the staff directory: a person and their current schools and roles. */
public record StaffRow(
    long personId,
    String displayName,
    String email,
    String jobTitle,
    PersonStatus status,
    List<MembershipView> memberships) {}
