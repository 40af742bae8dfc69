package org.trustintranet.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in: unauthenticated visitors to a protected page are sent to the sign-in page and
 * brought back afterwards. No "remember me": a session ends when the browser closes or after the
 * idle timeout.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({
  "USER",
  "TRUST_ADMIN",
  "EDUCATION_OFFICER",
  "NEWS_EDITOR",
  "STAFF",
  "TEACHER",
  "SCHOOL_ADMIN"
})
@ApplicationScoped
public class SecurityConfig {}
