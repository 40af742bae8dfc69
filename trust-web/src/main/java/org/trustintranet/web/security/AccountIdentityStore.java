package org.trustintranet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.trustintranet.membership.application.AccountService;
import org.trustintranet.membership.application.SignInResult;
import org.trustintranet.web.health.Database;

/**
 * Checks an email and password against the membership context's accounts, counting failures per
 * account and per client address. The caller principal's name is the person's id, so that a change
 * of email never changes who someone is.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  /** Request attribute telling the sign-in page why it failed (refused or locked). */
  public static final String RESULT_ATTRIBUTE = AccountIdentityStore.class.getName() + ".result";

  /**
   * Request attribute set when the database did not answer: nobody was checked, and nothing was
   * counted against anyone (the sign-in is one transaction, rolled back).
   */
  public static final String UNAVAILABLE_ATTRIBUTE =
      AccountIdentityStore.class.getName() + ".unavailable";

  @Inject AccountService accounts;
  @Inject HttpServletRequest request;
  @Inject Database database;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInResult result;
    try {
      result =
          accounts.signIn(login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr());
    } catch (RuntimeException e) {
      if (!database.explains(e)) {
        throw e;
      }
      request.setAttribute(UNAVAILABLE_ATTRIBUTE, Boolean.TRUE);
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    request.setAttribute(RESULT_ATTRIBUTE, result);
    return result.accepted()
        ? new CredentialValidationResult(Long.toString(result.personId()), result.groups())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
