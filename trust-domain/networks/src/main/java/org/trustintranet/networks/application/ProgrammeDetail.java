package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * One programme's page: the programme, what the asker may do (register, cancel, edit it), and, for
 * its provider, the registrations by school ({@link RegistrationLine}, empty for anyone else).
 */
public record ProgrammeDetail(
    ProgrammeView programme,
    boolean mayRegister,
    boolean mayCancel,
    boolean mayEdit,
    List<RegistrationLine> registrations)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ProgrammeDetail {
    registrations = List.copyOf(registrations);
  }
}
