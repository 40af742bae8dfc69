package org.trustintranet.networks.domain;

import java.time.LocalDate;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * What a network says about itself, checked: a name and purpose (trimmed, required, not too long),
 * its kind, how people join, whether it is a cohort, and an optional end date.
 */
public record NetworkDetails(
    String name,
    String purpose,
    NetworkKind kind,
    Joining joining,
    boolean cohort,
    LocalDate endsOn) {

  public NetworkDetails {
    name = required(name, Network.NAME_LENGTH, "name");
    purpose = required(purpose, Network.PURPOSE_LENGTH, "purpose");
    if (kind == null) {
      throw new BusinessException("error.networks.kindRequired");
    }
    if (joining == null) {
      throw new BusinessException("error.networks.joiningRequired");
    }
  }

  private static String required(String text, int max, String field) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      throw new BusinessException("error.networks." + field + "Required");
    }
    if (value.length() > max) {
      throw new BusinessException("error.networks." + field + "TooLong", max);
    }
    return value;
  }
}
