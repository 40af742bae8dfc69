package org.trustintranet.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionSignInMechanismTest {
  @Test
  void continuesOnlyToPagesOfThisSite() {
    assertTrue(SessionSignInMechanism.isLocalPath("/staff/person.xhtml?id=3"));
    assertTrue(SessionSignInMechanism.isLocalPath("/index.xhtml"));
  }

  @Test
  void neverToAnotherSiteTheSignInPageOrAForgedHeader() {
    assertFalse(SessionSignInMechanism.isLocalPath("//evil.example/x"));
    assertFalse(SessionSignInMechanism.isLocalPath("/\\evil.example/x"));
    assertFalse(SessionSignInMechanism.isLocalPath("https://evil.example/"));
    assertFalse(SessionSignInMechanism.isLocalPath("evil.example"));
    assertFalse(SessionSignInMechanism.isLocalPath("/login.xhtml?signedOut=true"));
    assertFalse(SessionSignInMechanism.isLocalPath("/index.xhtml\r\nSet-Cookie: a=b"));
  }

  @Test
  void remembersPagesNotWhatTheBrowserFetchesAlongside() {
    assertTrue(SessionSignInMechanism.isPage("/staff/directory.xhtml"));
    assertTrue(SessionSignInMechanism.isPage("/"));
    assertFalse(SessionSignInMechanism.isPage("/favicon.ico"));
    assertFalse(SessionSignInMechanism.isPage("/jakarta.faces.resource/theme.css.xhtml"));
  }
}
