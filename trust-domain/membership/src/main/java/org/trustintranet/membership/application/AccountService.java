package org.trustintranet.membership.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.membership.domain.Credential;
import org.trustintranet.membership.domain.Person;

/**
 * Signing in, and what a signed-in person may change about themselves. Sign-in counts failures per
 * account and per client address and locks either for a while once too many fail.
 */
public interface AccountService {
  SignInResult signIn(String email, String password, @NotNull String clientAddress);

  /** The current user's own record. */
  PersonView me();

  void changeMyJobTitle(@Size(max = Person.JOB_TITLE_LENGTH) String jobTitle);

  /**
   * Records the language the current user reads the intranet in, kept across sessions and devices.
   */
  void changeMyLanguage(@NotNull Language language);

  /** Changes the current user's password after checking the current one. */
  void changeMyPassword(
      @NotNull String currentPassword,
      @NotNull
          @Size(
              min = Credential.MIN_PASSWORD_LENGTH,
              max = Credential.MAX_PASSWORD_LENGTH,
              message = "{password.length}")
          String newPassword);
}
