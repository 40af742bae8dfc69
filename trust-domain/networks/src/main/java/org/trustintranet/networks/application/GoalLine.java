package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.Instant;

/** A coaching pair's goal, its status ({@code GoalStatus}) and progress in words. */
public record GoalLine(long id, String goal, String status, String progress, Instant updatedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
