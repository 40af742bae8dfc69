package org.trustintranet.web.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The upload address's headers: the file's name as a browser encodes it, the declared length. */
class UploadHeadersTest {
  @Test
  void decodesANameAsEncodeUriComponentWritesIt() {
    // encodeURIComponent("Ffracsiynau – ŵyl (1).docx")
    assertEquals(
        Optional.of("Ffracsiynau – ŵyl (1).docx"),
        UploadHeaders.fileName("Ffracsiynau%20%E2%80%93%20%C5%B5yl%20(1).docx"));
  }

  @Test
  void decodesTheRfc5987Form() {
    assertEquals(Optional.of("ŵyl.pdf"), UploadHeaders.fileName("UTF-8''%C5%B5yl.pdf"));
    assertEquals(Optional.of("a b.pdf"), UploadHeaders.fileName("utf-8''a%20b.pdf"));
  }

  @Test
  void keepsAPlusSign() {
    assertEquals(Optional.of("a+b.txt"), UploadHeaders.fileName("a+b.txt"));
    assertEquals(Optional.of("a+b.txt"), UploadHeaders.fileName("a%2Bb.txt"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "%20",
        "bad%",
        "bad%4",
        "bad%zz.pdf",
        "%C3%28.pdf", // not UTF-8
        "%FF.pdf",
        "raw ŵ.pdf", // a header's raw bytes, not an encoding
        "tab\there.pdf"
      })
  void refusesWhatIsNotAPercentEncodedUtf8Name(String header) {
    assertEquals(Optional.empty(), UploadHeaders.fileName(header));
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
    assertTrue(UploadHeaders.declaredTooLarge(1001, 1000));
    assertFalse(UploadHeaders.declaredTooLarge(1000, 1000));
    assertFalse(UploadHeaders.declaredTooLarge(-1, 1000), "unknown length: counted as it comes");
  }

  @Test
  void theLimitIsSaidInWholeMegabytes() {
    assertEquals(100, UploadHeaders.megabytes(100L * 1024 * 1024));
    assertEquals(1, UploadHeaders.megabytes(1000));
  }

  @Test
  void aTokenMatchesOnlyItself() {
    UploadToken one = new UploadToken();
    UploadToken other = new UploadToken();
    assertNotEquals(one.getValue(), other.getValue());
    assertTrue(one.matches(one.getValue()));
    assertFalse(one.matches(other.getValue()));
    assertFalse(one.matches(null));
    assertFalse(one.matches(""));
    assertFalse(one.matches(one.getValue().substring(1)));
    assertTrue(one.getValue().matches("[A-Za-z0-9_-]{43}"), one.getValue());
  }
}
