package org.trustintranet.networks.domain;

/** A member's part in a network: a lead manages it, a member takes part. */
public enum MemberRole {
  MEMBER,
  LEAD
}
