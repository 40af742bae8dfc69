package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.Instant;
import org.trustintranet.networks.domain.RegistrationState;

/** A registration as its programme's provider sees it: who, from which school, and its state. */
public record RegistrationLine(
    long id,
    long personId,
    String name,
    String jobTitle,
    long schoolId,
    String schoolName,
    RegistrationState state,
    Instant requestedAt,
    String reason)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
