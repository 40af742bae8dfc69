package org.trustintranet.membership.domain;

import org.trustintranet.kernel.domain.BusinessException;

/** A person's given and family names, trimmed, both required. */
public record PersonName(String given, String family) {
  public PersonName {
    given = given == null ? "" : given.trim();
    family = family == null ? "" : family.trim();
    if (given.isEmpty() || family.isEmpty()) {
      throw new BusinessException("error.person.nameRequired");
    }
    if (given.length() > Person.NAME_LENGTH || family.length() > Person.NAME_LENGTH) {
      throw new BusinessException("error.person.nameTooLong", Person.NAME_LENGTH);
    }
  }
}
