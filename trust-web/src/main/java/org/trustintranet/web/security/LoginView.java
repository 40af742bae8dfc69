package org.trustintranet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.trustintranet.membership.application.SignInResult;
import org.trustintranet.web.support.Feedback;

/**
 * Backs login.xhtml: signs a person in, or says why not (never which of email or password was
 * wrong).
 */
@Named
@RequestScoped
public class LoginView {
  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject Feedback feedback;

  private String email;
  private String password;

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email, password == null ? "" : password))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> {
        request.changeSessionId();
        String target =
            SessionSignInMechanism.takeContinueTarget(request.getSession(false))
                .orElse("/index.xhtml");
        external.redirect(external.getRequestContextPath() + target);
      }
      default -> {
        // A fresh session, but still on the way to the page that was asked for.
        Optional<String> target =
            SessionSignInMechanism.takeContinueTarget(request.getSession(false));
        forgetFailedAttempt(external);
        target.ifPresent(
            path -> SessionSignInMechanism.keepContinueTarget(request.getSession(), path));
        SignInResult result =
            (SignInResult) request.getAttribute(AccountIdentityStore.RESULT_ATTRIBUTE);
        if (request.getAttribute(AccountIdentityStore.UNAVAILABLE_ATTRIBUTE) != null) {
          // The database is away: say so (503), not "wrong password".
          feedback.error("login.unavailable");
          response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
          response.setHeader("Retry-After", "10");
        } else if (result != null && result.outcome() == SignInResult.Outcome.LOCKED) {
          feedback.error("login.locked", Math.max(1, (result.lockedFor().toSeconds() + 59) / 60));
        } else {
          feedback.error("login.refused");
        }
        faces.validationFailed();
      }
    }
  }

  /** A refused sign-in continues in a fresh session: nothing of the attempt stays behind. */
  private static void forgetFailedAttempt(ExternalContext external) {
    external.invalidateSession();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
