package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.NetworkKind;

/** A network in the directory or "my networks": what it is, how many belong, where I stand. */
public record NetworkRow(
    long id,
    String name,
    String purpose,
    NetworkKind kind,
    Joining joining,
    boolean cohort,
    LocalDate endsOn,
    long members,
    Standing standing)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
