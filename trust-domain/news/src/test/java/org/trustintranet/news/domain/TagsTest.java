package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class TagsTest {
  static String key(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void tagsAreTrimmedLowerCasedAndKeptOnce() {
    Tags tags = Tags.parse(" Safeguarding , Year  6,year 6,, ,Ysgol Gymraeg, Dosbarth’r Môr");
    assertEquals(
        List.of("safeguarding", "year 6", "ysgol gymraeg", "dosbarth’r môr"), tags.values());
    assertEquals("safeguarding, year 6, ysgol gymraeg, dosbarth’r môr", tags.text());
    assertEquals(Tags.NONE, Tags.parse("  "));
    assertEquals(Tags.NONE, Tags.parse(null));
    assertEquals(Tags.NONE, Tags.parse(" , ,"));
  }

  @Test
  void atMostTenTagsOfAtMostFortyCharacters() {
    String ten = "a,b,c,d,e,f,g,h,i,j";
    assertEquals(10, Tags.parse(ten).values().size());
    assertEquals(10, Tags.parse(ten + ",A, a").values().size(), "repeats do not count");
    assertEquals("error.news.tooManyTags", key(() -> Tags.parse(ten + ",k")));
    assertEquals(40, Tags.parse("x".repeat(40)).values().get(0).length());
    assertEquals("error.news.tagTooLong", key(() -> Tags.parse("x".repeat(41))));
  }

  @Test
  void onlyWordsDigitsSpacesHyphensAndApostrophes() {
    assertEquals(
        List.of("ks2", "st david's day", "year-6"),
        Tags.parse("KS2, St David's Day, Year-6").values());
    for (String bad : List.of("<b>", "a;b", "x/y", "50%", "tag\u0000")) {
      assertEquals("error.news.tagInvalid", key(() -> Tags.parse(bad)), bad);
    }
  }

  @Test
  void aPostKeepsItsTagsSorted() {
    Post post =
        new Post(
            1,
            new PostContent("T", null, "<p>b</p>", false, false),
            Audience.WHOLE_TRUST,
            Instant.parse("2026-11-23T09:00:00Z"));
    post.tag(Tags.parse("Science, art"));
    assertEquals(List.of("art", "science"), post.tags().values());
    post.tag(Tags.parse("art, music"));
    assertEquals(List.of("art", "music"), post.tags().values());
  }

  @Test
  void aFilterNeverWidensWhatTheReaderReads() {
    Set<String> reader = Set.of("*", "*:TEACHER", "12", "12:TEACHER");
    assertEquals(reader, PostFilter.NONE.narrow(reader));
    assertEquals(Set.of("12", "12:TEACHER"), new PostFilter(12L, null, null).narrow(reader));
    assertTrue(new PostFilter(13L, null, null).narrow(reader).isEmpty(), "not their school");
    assertTrue(new PostFilter(1L, null, null).narrow(reader).isEmpty(), "12 is not 1");
    assertEquals("year 6", new PostFilter(null, "  Year   6 ", null).tag());
    assertEquals("<b>", new PostFilter(null, "<B>", null).tag(), "matches no post");
  }
}
