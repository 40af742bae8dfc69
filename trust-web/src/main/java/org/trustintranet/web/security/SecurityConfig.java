package org.trustintranet.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the intranet. Sign-in is {@link SessionSignInMechanism}: unauthenticated visitors to
 * a protected page are sent to the sign-in page and brought back afterwards. No "remember me": a
 * session ends when the browser closes or after the idle timeout.
 */
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
