package org.trustintranet.membership.application;

import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.membership.domain.Credential;

/** The one rule for a new password: long enough to resist guessing, short enough to hash. */
final class Passwords {
  private Passwords() {}

  static String acceptable(String password) {
    if (password == null
        || password.length() < Credential.MIN_PASSWORD_LENGTH
        || password.length() > Credential.MAX_PASSWORD_LENGTH) {
      throw new BusinessException(
          "error.password.length", Credential.MIN_PASSWORD_LENGTH, Credential.MAX_PASSWORD_LENGTH);
    }
    return password;
  }
}
