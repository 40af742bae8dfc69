package org.trustintranet.membership.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A staff email address, trimmed and lower-cased so that "Ann.Lee@School.org " and
 * "ann.lee@school.org" are the same person. Checks the shape only (one @, a dotted domain, no
 * spaces).
 */
public record EmailAddress(String value) {
  public static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE =
      Pattern.compile(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  public EmailAddress {
    if (!isValid(value)) {
      throw new BusinessException("error.person.emailFormat", value);
    }
  }

  public static EmailAddress parse(String text) {
    return new EmailAddress(normalise(text));
  }

  public static String normalise(String text) {
    return text == null ? null : text.trim().toLowerCase(Locale.ROOT);
  }

  public static boolean isValid(String text) {
    return text != null
        && text.length() <= MAX_LENGTH
        && SHAPE.matcher(text).matches()
        && !text.contains("..");
  }

  @Override
  public String toString() {
    return value;
  }
}
