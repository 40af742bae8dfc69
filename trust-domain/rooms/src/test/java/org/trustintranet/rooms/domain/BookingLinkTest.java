package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustintranet.kernel.domain.BusinessException;

class BookingLinkTest {
  @Test
  void aPathInsideTheIntranetWithALabel() {
    BookingLink link = new BookingLink(" Maths leads ", " /networks/session.xhtml?id=12 ");
    assertEquals("Maths leads", link.label());
    assertEquals("/networks/session.xhtml?id=12", link.path());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "networks/session.xhtml",
        "//evil.example.org/x",
        "https://evil.example.org/",
        "/networks/../admin",
        "/a\"onclick=x",
        "/a b",
        "/<script>"
      })
  void anythingElseIsRefused(String path) {
    assertEquals(
        "error.rooms.link",
        assertThrows(BusinessException.class, () -> new BookingLink("Label", path)).messageKey());
  }

  @Test
  void aLabelIsNeededAndShort() {
    assertThrows(BusinessException.class, () -> new BookingLink(" ", "/networks/index.xhtml"));
    assertThrows(
        BusinessException.class,
        () -> new BookingLink("x".repeat(BookingLink.LABEL_LENGTH + 1), "/networks/index.xhtml"));
  }
}
