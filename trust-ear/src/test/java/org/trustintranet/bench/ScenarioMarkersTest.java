package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each scenario's marker is written literally in the page it checks, so that a change of markup
 * fails here and not as a failed benchmark run ("200 without class='cards'" once did).
 */
class ScenarioMarkersTest {
  private static final Path PAGES = Path.of("..", "trust-web", "src", "main", "webapp");

  private static String page(String name) throws IOException {
    return Files.readString(PAGES.resolve(name));
  }

  @Test
  void homeMarkerIsInTheHomePage() throws IOException {
    assertTrue(page("index.xhtml").contains(Benchmark.HOME_MARKER), Benchmark.HOME_MARKER);
  }

  @Test
  void feedMarkerIsInTheHomePage() throws IOException {
    assertTrue(page("index.xhtml").contains(Benchmark.FEED_MARKER), Benchmark.FEED_MARKER);
  }

  @Test
  void postMarkerIsInThePostPage() throws IOException {
    assertTrue(page("news/post.xhtml").contains(Benchmark.POST_MARKER), Benchmark.POST_MARKER);
  }

  @Test
  void weekMarkersAreTheCalendarPagesFormAndSchedule() throws IOException {
    String calendar = page("rooms/calendar.xhtml");
    assertTrue(calendar.contains("<h:form id=\"calendar\">"), "form id calendar");
    assertTrue(calendar.contains("<p:schedule id=\"schedule\""), "schedule id schedule");
    assertTrue(Benchmark.WEEK_MARKER.equals("id=\"calendar:schedule\""));
  }

  @Test
  void findMarkerIsTheFirstResultsBookingButton() throws IOException {
    String find = page("rooms/find.xhtml");
    assertTrue(find.contains("<h:form id=\"find\""), "form id find");
    assertTrue(find.contains("id=\"results\""), "table id results");
    assertTrue(find.contains("<p:commandButton id=\"book\""), "button id book");
    assertTrue(Benchmark.FIND_MARKER.equals("id=\"find:results:0:book\""));
  }
}
