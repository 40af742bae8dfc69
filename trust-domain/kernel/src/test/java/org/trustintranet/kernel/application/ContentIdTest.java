package org.trustintranet.kernel.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentIdTest {
  private static final String SHA_256_OF_ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void idsOfTheSameHashAreEqual() {
    assertEquals(new ContentId(SHA_256_OF_ABC), new ContentId(SHA_256_OF_ABC));
    assertEquals(
        new ContentId(SHA_256_OF_ABC).hashCode(), new ContentId(SHA_256_OF_ABC).hashCode());
    assertNotEquals(new ContentId(SHA_256_OF_ABC), new ContentId("0".repeat(64)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd",
        "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
        "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "../../ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n",
        ""
      })
  void rejectsAnythingButSixtyFourLowerCaseHexDigits(String notAHash) {
    assertThrows(IllegalArgumentException.class, () -> new ContentId(notAHash));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> new ContentId(null));
  }

  @Test
  void isMadeFromADigest() {
    byte[] digest = new byte[32];
    digest[0] = (byte) 0xab;
    digest[31] = 0x0f;
    assertEquals(new ContentId("ab" + "0".repeat(60) + "0f"), ContentId.ofDigest(digest));
    assertThrows(IllegalArgumentException.class, () -> ContentId.ofDigest(new byte[20]));
  }
}
