package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTextTest {
  @Test
  void theBodysHtmlBecomesItsWords() {
    assertEquals(
        "Fractions & decimals in <year 6> — “today” ok &unknown;",
        SearchText.plain(
            "<p>Fractions &amp; decimals</p><ul><li>in &lt;year&#160;6&gt;</li></ul>"
                + "<p>&#8212; &#x201C;today&#x201d;<br>ok &unknown;</p>"));
    assertEquals(
        "word link", SearchText.plain("<p><b>wo</b>rd <a href=\"https://x.org/\">link</a></p>"));
    assertEquals("a b", SearchText.plain("<p>a</p><p>b</p>"));
    assertEquals("", SearchText.plain(null));
    assertEquals("&#0;", SearchText.plain("&#0;"));
  }

  @Test
  void titleSummaryTagsAndBodyAreOneText() {
    assertEquals(
        "Sports day\nBring a hat.\nsport, year 6\nOn the field.",
        SearchText.of(
            "Sports day",
            "Bring a hat.",
            "<p>On the <em>field</em>.</p>",
            List.of("sport", "year 6")));
    assertEquals("Title", SearchText.of("Title", null, "", List.of()));
  }

  @Test
  void aPostKeepsItsSearchTextUpToDate() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    Post post =
        new Post(
            1,
            new PostContent(
                "Open evening", "For parents", "<p>Tours at <b>six</b></p>", false, false),
            Audience.schools(Set.of(3L)),
            now);
    assertEquals("Open evening\nFor parents\nTours at six", post.getSearchText());
    post.tag(Tags.parse("Parents, Year 7"));
    assertEquals("Open evening\nFor parents\nparents, year 7\nTours at six", post.getSearchText());
    post.revise(
        new PostContent("Open evening moved", null, "<p>Now at seven</p>", false, false),
        Audience.schools(Set.of(3L)),
        2,
        now);
    assertEquals("Open evening moved\nparents, year 7\nNow at seven", post.getSearchText());
  }
}
