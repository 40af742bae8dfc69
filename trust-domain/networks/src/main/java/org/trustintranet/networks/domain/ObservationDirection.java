package org.trustintranet.networks.domain;

/**
 * Which of the two watches the other teach. The inviter is the teacher developing an area, the
 * invitee a colleague strong in it: either the invitee comes to watch the inviter ("you watch me",
 * for feedback on their own teaching) or the inviter comes to watch the invitee ("I watch you", to
 * see the strength at work).
 */
public enum ObservationDirection {
  /** "You watch me": the invitee observes the inviter's lesson. */
  INVITEE_WATCHES,
  /** "I watch you": the inviter observes the invitee's lesson. */
  INVITER_WATCHES
}
