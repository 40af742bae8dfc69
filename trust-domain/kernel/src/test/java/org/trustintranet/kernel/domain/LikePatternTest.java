package org.trustintranet.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {
  @Test
  void wildcardsTypedByAUserAreLiteral() {
    assertEquals("%50\\%%", LikePattern.containing("50%"));
    assertEquals("%a\\_b%", LikePattern.containing("a_b"));
    assertEquals("%c:\\\\temp%", LikePattern.containing("C:\\Temp"));
  }

  @Test
  void theTextIsTrimmedAndLowerCased() {
    assertEquals("%helen barker%", LikePattern.containing("  Helen BARKER "));
  }
}
