package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * What the invitation form shows: the colleague to be invited (name, job title, schools) and the
 * focus areas the invitation may name.
 */
public record InvitationForm(
    long personId, String name, String jobTitle, List<String> schools, List<AreaOption> areas)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public InvitationForm {
    schools = List.copyOf(schools);
    areas = List.copyOf(areas);
  }

  /** A focus area offered, with its English and (possibly empty) Welsh name. */
  public record AreaOption(long id, String name, String welshName) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
