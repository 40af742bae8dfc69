package org.trustintranet.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.NotPermittedException;

class TrustExceptionHandlerTest {
  @Test
  void anythingThatFailsWhileRestoringTheViewIsAnExpiredPage() {
    assertEquals(
        Refusal.Page.EXPIRED,
        TrustExceptionHandler.pageFor(new IllegalStateException("nonce"), PhaseId.RESTORE_VIEW));
    assertEquals(
        Refusal.Page.EXPIRED,
        TrustExceptionHandler.pageFor(
            new ViewExpiredException("/profile.xhtml"), PhaseId.RENDER_RESPONSE));
  }

  @Test
  void otherFailuresHaveTheirOwnPage() {
    assertEquals(
        Refusal.Page.FORBIDDEN,
        TrustExceptionHandler.pageFor(new NotPermittedException(), PhaseId.INVOKE_APPLICATION));
    assertEquals(
        Refusal.Page.ERROR,
        TrustExceptionHandler.pageFor(new IllegalStateException(), PhaseId.RENDER_RESPONSE));
  }

  @Test
  void theCauseIsFoundUnderFacesAndElWrappers() {
    ViewExpiredException expired = new ViewExpiredException("/index.xhtml");
    assertSame(
        expired,
        TrustExceptionHandler.rootCause(new FacesException(new ELException("wrapped", expired))));
    IllegalStateException plain = new IllegalStateException();
    assertSame(plain, TrustExceptionHandler.rootCause(plain));
  }
}
