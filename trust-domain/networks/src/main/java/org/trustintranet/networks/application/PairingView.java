package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A coaching pairing as anyone who may see it sees it: who coaches whom (with their schools), the
 * academic year, open or why it ended, how often and when they last met, whether it has stalled,
 * and the asker's part in it ({@code COACH}, {@code COACHEE} or null). Never the pair's notes.
 */
public record PairingView(
    long id,
    long networkId,
    String networkName,
    long coachId,
    String coachName,
    List<String> coachSchools,
    long coacheeId,
    String coacheeName,
    List<String> coacheeSchools,
    LocalDate yearEnds,
    boolean open,
    String endedWhy,
    LocalDate lastMet,
    int meetings,
    boolean stalled,
    String myRole)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PairingView {
    coachSchools = List.copyOf(coachSchools);
    coacheeSchools = List.copyOf(coacheeSchools);
  }
}
