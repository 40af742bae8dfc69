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

/**
 * Checks an email and password against the membership context's accounts, counting failures per
 * account and per client address. The caller principal's name is the person's id, so that a change
 * of email never changes who someone is.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  /** Request attribute telling the sign-in page why it failed (refused or locked). */
  public static final String RESULT_ATTRIBUTE = AccountIdentityStore.class.getName() + ".result";

  @Inject AccountService accounts;
  @Inject HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInResult result =
        accounts.signIn(login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr());
    request.setAttribute(RESULT_ATTRIBUTE, result);
    return result.accepted()
        ? new CredentialValidationResult(Long.toString(result.personId()), result.groups())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
