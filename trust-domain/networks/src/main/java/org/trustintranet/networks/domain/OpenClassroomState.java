package org.trustintranet.networks.domain;

/**
 * An open classroom is offered (open) until its teacher, an admin or the teacher's leaving cancels
 * it.
 */
public enum OpenClassroomState {
  OPEN,
  CANCELLED
}
