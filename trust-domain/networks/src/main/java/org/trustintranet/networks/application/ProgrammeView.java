package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.ProgrammeState;
import org.trustintranet.networks.domain.RegistrationState;
import org.trustintranet.networks.domain.Term;

/**
 * A programme as the booklet lists it: what, for whom, by which school, when (its sessions and
 * visits, by day), how many places are given and waiting, its cost in pence, and where the asker
 * stands ({@code mine}, null when they have not registered or no longer count).
 */
public record ProgrammeView(
    long id,
    String title,
    CareerStage stage,
    String description,
    long providerSchoolId,
    String providerName,
    Term term,
    int places,
    int taken,
    int costPence,
    ProgrammeState state,
    List<SlotView> sessions,
    RegistrationState mine)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ProgrammeView {
    sessions = List.copyOf(sessions);
  }

  public int free() {
    return Math.max(0, places - taken);
  }

  /** The term's key ({@code 2026-autumn}), for links. */
  public String termKey() {
    return term.key();
  }
}
