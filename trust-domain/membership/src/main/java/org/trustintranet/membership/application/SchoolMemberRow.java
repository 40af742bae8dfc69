package org.trustintranet.membership.application;

import org.trustintranet.kernel.domain.SchoolRole;

/** A line of a school's membership list. */
public record SchoolMemberRow(
    long membershipId,
    long personId,
    String displayName,
    String email,
    String jobTitle,
    SchoolRole role) {}
