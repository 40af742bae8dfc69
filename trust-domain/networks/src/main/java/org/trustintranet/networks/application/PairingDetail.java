package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * A pairing's page for the person asking: the pairing; its meetings (with actions and notes only
 * when {@code mayReadPrivate}); its goals (for the pair alone, empty for anyone else); and what the
 * asker may do: log, set goals and record progress ({@code mayWrite}), end it ({@code mayEnd}).
 */
public record PairingDetail(
    PairingView pairing,
    boolean mayReadPrivate,
    boolean mayWrite,
    boolean mayEnd,
    List<MeetingLine> meetings,
    List<GoalLine> goals)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PairingDetail {
    meetings = List.copyOf(meetings);
    goals = List.copyOf(goals);
  }
}
