package org.trustintranet.membership.domain;

import org.trustintranet.kernel.domain.BusinessException;

/** A school's Unique Reference Number: exactly six digits. */
public record Urn(String value) {
  public static final int LENGTH = 6;
  public static final String PATTERN = "\\d{6}";

  public Urn {
    if (value == null || !value.matches(PATTERN)) {
      throw new BusinessException("error.school.urnFormat", value);
    }
  }

  public static Urn parse(String text) {
    return new Urn(text == null ? null : text.trim());
  }

  @Override
  public String toString() {
    return value;
  }
}
