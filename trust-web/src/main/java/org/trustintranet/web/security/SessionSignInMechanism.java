package org.trustintranet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Form sign-in that keeps the signed-in caller (serializable, so a cluster carries it) in the HTTP
 * session and hands it to the container afresh with every request, instead of the built-in form
 * mechanism's session registration, which lost callers' roles under load (README, "Sign-in").
 * Protected pages redirect to sign-in, and {@link LoginView} continues to the page asked for.
 */
@ApplicationScoped
public class SessionSignInMechanism implements HttpAuthenticationMechanism {
  /** The session attribute holding the signed-in caller. */
  static final String CALLER_ATTRIBUTE = SessionSignInMechanism.class.getName() + ".caller";

  /** The session attribute holding the page to continue to after signing in. */
  static final String CONTINUE_ATTRIBUTE = SessionSignInMechanism.class.getName() + ".continue";

  static final String LOGIN_PAGE = "/login.xhtml";

  /** Who signed in in this session, and their groups at that moment. */
  record SignedIn(String caller, Set<String> groups) implements Serializable {
    SignedIn {
      groups = Set.copyOf(groups);
    }
  }

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      // The sign-in form (LoginView): check the password, whoever this session belonged to.
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        forget(request);
        return AuthenticationStatus.SEND_FAILURE;
      }
      request
          .getSession()
          .setAttribute(
              CALLER_ATTRIBUTE,
              new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    Object signedIn = session == null ? null : session.getAttribute(CALLER_ATTRIBUTE);
    if (signedIn instanceof SignedIn caller) {
      return context.notifyContainerAboutLogin(
          new CallerPrincipal(caller.caller()), caller.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    // Not signed in on a protected page: to the sign-in page, remembering where to continue (a
    // page someone opened, not the favicon or an image the browser fetched alongside).
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && isPage(path)) {
      String target =
          request.getQueryString() == null ? path : path + "?" + request.getQueryString();
      keepContinueTarget(request.getSession(), target);
    }
    // Answered before any filter runs: the redirect gets the security headers here.
    SecurityHeadersFilter.apply(request, response);
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  /**
   * The page to continue to after signing in (and forgets it): a path within the intranet, never
   * another site's address; empty when none was kept.
   */
  static Optional<String> takeContinueTarget(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Object target = session.getAttribute(CONTINUE_ATTRIBUTE);
    session.removeAttribute(CONTINUE_ATTRIBUTE);
    return target instanceof String path && isLocalPath(path)
        ? Optional.of(path)
        : Optional.empty();
  }

  /** Keeps the page to continue to in a (new) session, e.g. after a refused attempt. */
  static void keepContinueTarget(HttpSession session, String path) {
    session.setAttribute(CONTINUE_ATTRIBUTE, path);
  }

  /** A page of the intranet (a Facelets view or the root), as opposed to a file or resource. */
  static boolean isPage(String path) {
    return (path.equals("/") || path.endsWith(".xhtml"))
        && !path.startsWith("/jakarta.faces.resource/");
  }

  /** A path of this site: starts with one slash (not "//host" or "/\\host"), no scheme. */
  static boolean isLocalPath(String path) {
    return path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith("/\\")
        && !path.startsWith(LOGIN_PAGE)
        && path.chars().noneMatch(c -> c < 0x20);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    forget(request);
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CALLER_ATTRIBUTE);
    }
  }
}
