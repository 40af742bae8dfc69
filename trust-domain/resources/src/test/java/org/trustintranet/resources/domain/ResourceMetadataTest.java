package org.trustintranet.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class ResourceMetadataTest {
  static ResourceMetadata valid(Set<Integer> years, List<String> tags, String link) {
    return new ResourceMetadata(
        " Fractions ",
        "  ",
        Subject.MATHEMATICS,
        KeyStage.KS2,
        years,
        ResourceType.WORKSHEET,
        Licence.OGL,
        Visibility.TRUST,
        tags,
        link);
  }

  private static String key(Runnable r) {
    return assertThrows(BusinessException.class, r::run).messageKey();
  }

  @Test
  void cleansWhatWasTyped() {
    ResourceMetadata m =
        valid(Set.of(5, 4), List.of(" Number  Line", "number line", "", "FRACTIONS"), null);
    assertEquals("Fractions", m.title());
    assertNull(m.description());
    assertEquals(List.of("number line", "fractions"), m.tags());
    assertEquals(Set.of(4, 5), m.yearGroups());
  }

  @Test
  void yearGroupsLieInTheKeyStage() {
    assertEquals(
        "error.resources.yearOutsideKeyStage", key(() -> valid(Set.of(7), List.of(), null)));
    assertEquals(Set.of(3, 4, 5, 6), KeyStage.KS2.years());
    assertEquals(true, KeyStage.EYFS.holds(0));
    assertEquals(false, KeyStage.KS1.holds(0));
  }

  @Test
  void refusesMissingAndOverlongFields() {
    assertEquals(
        "error.resources.titleRequired",
        key(
            () ->
                new ResourceMetadata(
                    " ",
                    null,
                    Subject.MUSIC,
                    KeyStage.KS3,
                    null,
                    ResourceType.SLIDES,
                    Licence.CC_BY,
                    Visibility.TRUST,
                    null,
                    null)));
    assertEquals(
        "error.resources.subjectRequired",
        key(
            () ->
                new ResourceMetadata(
                    "t",
                    null,
                    null,
                    KeyStage.KS3,
                    null,
                    ResourceType.SLIDES,
                    Licence.CC_BY,
                    Visibility.TRUST,
                    null,
                    null)));
    assertEquals(
        "error.resources.titleTooLong",
        key(
            () ->
                new ResourceMetadata(
                    "x".repeat(201),
                    null,
                    Subject.MUSIC,
                    KeyStage.KS3,
                    null,
                    ResourceType.SLIDES,
                    Licence.CC_BY,
                    Visibility.TRUST,
                    null,
                    null)));
    assertEquals(
        "error.resources.tagInvalid", key(() -> valid(null, List.of("x".repeat(41)), null)));
    assertEquals(
        "error.resources.tooManyTags",
        key(
            () ->
                valid(
                    null,
                    List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"),
                    null)));
  }

  @Test
  void linksAreHttpOrHttpsOnly() {
    assertEquals(
        "https://example.org/a?b=c", valid(null, null, " https://example.org/a?b=c ").link());
    assertEquals(
        "error.resources.linkInvalid", key(() -> valid(null, null, "javascript:alert(1)")));
    assertEquals("error.resources.linkInvalid", key(() -> valid(null, null, "data:text/html,x")));
    assertEquals("error.resources.linkInvalid", key(() -> valid(null, null, "//example.org")));
    assertEquals("error.resources.linkInvalid", key(() -> valid(null, null, "http://")));
  }

  @Test
  void tagsAreTypedWithCommasOrSemicolons() {
    assertEquals(List.of("a", " b", " c"), ResourceMetadata.parseTags("a, b; c"));
    assertEquals(List.of(), ResourceMetadata.parseTags(null));
  }

  @Test
  void searchableTextHoldsTitleDescriptionAndTags() {
    ResourceMetadata m =
        new ResourceMetadata(
            "T",
            "D",
            Subject.MUSIC,
            KeyStage.KS3,
            null,
            ResourceType.SLIDES,
            Licence.CC_BY,
            Visibility.TRUST,
            List.of("x", "y"),
            null);
    assertEquals("T\nD\nx, y", m.searchableText());
  }
}
