package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

  /**
   * The library pages are being written beside the benchmark: until the search page exists this
   * test is skipped (reported as such), then it holds the marker to the page.
   */
  @Test
  void librarySearchMarkerIsInTheLibrarySearchPage() throws IOException {
    assumeTrue(Files.exists(PAGES.resolve("library/index.xhtml")), "library/index.xhtml not yet");
    assertTrue(
        page("library/index.xhtml").contains(Benchmark.LIBRARY_SEARCH_MARKER),
        Benchmark.LIBRARY_SEARCH_MARKER);
  }

  @Test
  void networkMarkerIsTheNetworkPagesTableOfMembers() throws IOException {
    assumeTrue(
        Files.exists(PAGES.resolve("networks/network.xhtml")), "networks/network.xhtml not yet");
    String network = page("networks/network.xhtml");
    assertTrue(network.contains("<h:form id=\"people\">"), "form id people");
    assertTrue(network.contains("id=\"members\""), "table id members");
    assertEquals("id=\"people:members\"", Benchmark.NETWORK_MARKER);
  }

  @Test
  void partnersMarkerIsASuggestedPartnersName() throws IOException {
    assertTrue(
        page("learning/partners.xhtml").contains(Benchmark.PARTNERS_MARKER),
        Benchmark.PARTNERS_MARKER);
  }

  @Test
  void caseSearchMarkerIsAFoundCaseStudysHeading() throws IOException {
    assertTrue(
        page("learning/case-studies.xhtml").contains("<h3 " + Benchmark.CASE_SEARCH_MARKER),
        Benchmark.CASE_SEARCH_MARKER);
  }

  @Test
  void signUpMarkerIsThePlaceTheSessionPageShowsAfterSigningUp() throws IOException {
    assumeTrue(
        Files.exists(PAGES.resolve("networks/session.xhtml")), "networks/session.xhtml not yet");
    String session = page("networks/session.xhtml");
    assertTrue(session.contains("<dd id=\"myPlace\">"), "the place");
    assertTrue(session.contains("<h:form id=\"place\""), "form id place");
    assertTrue(session.contains("id=\"signUp\""), "button id signUp");
    assertEquals("id=\"myPlace\"", Benchmark.SIGN_UP_MARKER);
  }

  @Test
  void libraryMarkersAreTheAgreedOnes() {
    assertEquals("class=\"library-result\"", Benchmark.LIBRARY_SEARCH_MARKER);
    assertEquals("@header:Content-Length=1048576", Benchmark.DOWNLOAD_MARKER);
  }

  @Test
  void theSharePageHasTheUploaderTheBenchmarkUses() throws IOException {
    assumeTrue(Files.exists(PAGES.resolve("library/share.xhtml")), "library/share.xhtml not yet");
    String page = page("library/share.xhtml");
    assertTrue(page.contains("data-upload-address="), "the uploader's address");
    assertTrue(page.contains("data-upload-token="), "the uploader's token");
    assertTrue(page.contains("name=\"attachStaged\""), "the remote command");
  }

  @Test
  void theUploaderIsReadFromThePageAsPrimeFacesRendersIt() {
    String html =
        "<form id=\"language\" action=\"/x\"><input type=\"hidden\" name=\"back\" value=\"/\"/>"
            + "<button name=\"language:cy\" type=\"submit\">Cymraeg</button></form>"
            + "<div id=\"uploader\" class=\"uploader\" data-upload-address=\"/library/upload\""
            + " data-upload-token=\"abc-_1\" data-max-bytes=\"629145600\"><input type=\"file\""
            + " id=\"files\"/></div>"
            + "<form id=\"upload\" name=\"upload\" method=\"post\""
            + " action=\"/library/share.xhtml?x=1&amp;y=2\"><input type=\"hidden\" name=\"upload\""
            + " value=\"upload\" /><script id=\"upload:attach\">attachStaged = function() {return"
            + " PrimeFaces.ab({s:\"upload:attach\",f:\"upload\",p:\"upload:attach\","
            + "u:\"upload:staged\",pa:arguments[0]});}</script></form>"
            + "<form id=\"share\" name=\"share\" method=\"post\" action=\"/library/share.xhtml\">"
            + "<input id=\"share:title\" name=\"share:title\" type=\"text\" value=\"\" />"
            + "<select id=\"share:subject_input\" name=\"share:subject_input\"><option value=\"\">Choose"
            + "</option><option value=\"ART_AND_DESIGN\">Art</option></select>"
            + "<input type=\"radio\" name=\"share:visibility\" value=\"SCHOOL\" />"
            + "<input type=\"radio\" name=\"share:visibility\" value=\"TRUST\" />"
            + "<button id=\"share:publish\" name=\"share:publish\" type=\"submit\">Share</button>"
            + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"1:2\" /></form>";
    BigFile.Uploader form = BigFile.Uploader.of(html);
    assertEquals("library/upload", form.address());
    assertEquals("abc-_1", form.token());
    assertEquals("upload", form.formId());
    assertEquals("library/share.xhtml?x=1&y=2", form.action());
    assertEquals("upload:attach", form.command());
    assertEquals("share", BigFile.submitForm(html, "upload"));
    assertEquals(
        java.util.Optional.of(42L),
        BigFile.resourceIdIn("http://127.0.0.1:18180/library/resource.xhtml?id=42 "));
    assertEquals(
        "Choose a subject.",
        BigFile.messagesIn("<span class=\"ui-message-error-detail\">Choose a subject.</span>"));
    java.util.Map<String, String> fields = BigFile.shareFields(html, "share");
    assertEquals("Bench lesson video 500 MiB", fields.get("share:title"));
    assertEquals("ART_AND_DESIGN", fields.get("share:subject_input"));
    assertEquals("SCHOOL", fields.get("share:visibility"));
    assertEquals("share:publish", fields.get("share:publish"));
  }
}
