package org.trustintranet.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustintranet.web.support.ByteRange.Outcome;

class ByteRangeTest {
  private static final long SIZE = 1000;

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "bytes",
        "bytes=",
        "bytes=-",
        "bytes=a-b",
        "bytes=5-2",
        "items=0-9",
        "bytes=0-9,20-29",
        "bytes=0-9, 500-",
        "bytes=1-2-3"
      })
  void anythingElseIsTheWholeFile(String header) {
    ByteRange range = ByteRange.of(header, SIZE);
    assertEquals(new ByteRange(Outcome.WHOLE, 0, 999), range);
    assertEquals(1000, range.length());
  }

  @Test
  void aClosedRange() {
    ByteRange range = ByteRange.of("bytes=0-9", SIZE);
    assertEquals(new ByteRange(Outcome.PART, 0, 9), range);
    assertEquals(10, range.length());
    assertEquals("bytes 0-9/1000", range.contentRange(SIZE));
  }

  @Test
  void theUnitAndSpacesAreReadLeniently() {
    assertEquals(new ByteRange(Outcome.PART, 10, 19), ByteRange.of(" Bytes = 10-19 ", SIZE));
  }

  @Test
  void anOpenRangeRunsToTheEnd() {
    assertEquals(new ByteRange(Outcome.PART, 500, 999), ByteRange.of("bytes=500-", SIZE));
  }

  @Test
  void aSuffixIsTheLastBytes() {
    ByteRange range = ByteRange.of("bytes=-5", SIZE);
    assertEquals(new ByteRange(Outcome.PART, 995, 999), range);
    assertEquals("bytes 995-999/1000", range.contentRange(SIZE));
  }

  @Test
  void aSuffixLongerThanTheFileIsTheWholeFileAsAPart() {
    assertEquals(new ByteRange(Outcome.PART, 0, 999), ByteRange.of("bytes=-5000", SIZE));
  }

  @Test
  void anEndPastTheFileIsCut() {
    assertEquals(new ByteRange(Outcome.PART, 990, 999), ByteRange.of("bytes=990-5000", SIZE));
    assertEquals(
        new ByteRange(Outcome.PART, 0, 999), ByteRange.of("bytes=0-99999999999999999999999", SIZE));
  }

  @Test
  void aStartPastTheEndCannotBeSatisfied() {
    for (String header :
        new String[] {
          "bytes=1000-", "bytes=1000-2000", "bytes=-0", "bytes=99999999999999999999-"
        }) {
      ByteRange range = ByteRange.of(header, SIZE);
      assertEquals(Outcome.UNSATISFIABLE, range.outcome(), header);
      assertEquals(0, range.length());
      assertEquals("bytes */1000", range.contentRange(SIZE));
    }
  }

  @Test
  void nothingOfAnEmptyFileCanBeAskedFor() {
    assertEquals(Outcome.UNSATISFIABLE, ByteRange.of("bytes=0-0", 0).outcome());
    assertEquals(Outcome.UNSATISFIABLE, ByteRange.of("bytes=-1", 0).outcome());
    assertEquals(Outcome.WHOLE, ByteRange.of(null, 0).outcome());
    assertEquals(0, ByteRange.of(null, 0).length());
  }

  @Test
  void theLastByteAlone() {
    assertEquals(new ByteRange(Outcome.PART, 999, 999), ByteRange.of("bytes=999-999", SIZE));
  }

  @Test
  void ifRangeHoldsOnlyForTheCurrentTagOrWhenAbsent() {
    assertTrue(ByteRange.ifRangeHolds(null, "\"abc\""));
    assertTrue(ByteRange.ifRangeHolds("\"abc\"", "\"abc\""));
    assertFalse(ByteRange.ifRangeHolds("\"old\"", "\"abc\""));
    assertFalse(ByteRange.ifRangeHolds("W/\"abc\"", "\"abc\""));
    assertFalse(ByteRange.ifRangeHolds("Tue, 24 Nov 2026 07:00:00 GMT", "\"abc\""));
  }
}
