package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.IntranetClient;

/**
 * Posts written through the edit page by school admins, then asked for by a member of another
 * school with crafted requests to news/post.xhtml: its id in the address, a postback naming it.
 * Every path answers as for a post that is not there; nothing is acknowledged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsCraftedRequestIT {
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern VALUE = Pattern.compile("\\svalue=\"(\\d+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  /**
   * Publishes a post through news/edit.xhtml as a school admin, for the one school they administer;
   * returns its id (from the redirect to its page).
   */
  private static long publish(IntranetClient admin, String title, String body, boolean mustRead) {
    return publish(admin, title, body, mustRead, Map.of());
  }

  /** The one school the admin may publish to, as the edit page offers it. */
  private static String schoolOf(IntranetClient admin) {
    String page = admin.get("news/edit.xhtml").body();
    String school = null;
    Matcher input = INPUT.matcher(page);
    while (input.find() && school == null) {
      if (input.group().contains("name=\"edit:schools\"")) {
        Matcher value = VALUE.matcher(input.group());
        school = value.find() ? value.group(1) : null;
      }
    }
    assertTrue(school != null, "the edit page offers the admin's school");
    return school;
  }

  private static long publish(
      IntranetClient admin, String title, String body, boolean mustRead, Map<String, String> more) {
    String school = schoolOf(admin);
    Map<String, String> fields = new LinkedHashMap<>(more);
    fields.put("edit:title", title);
    fields.put("edit:summary", "Crafted request test");
    fields.put("edit:body_input", body);
    fields.put("edit:schools", school);
    if (mustRead) {
      fields.put("edit:mustRead_input", "on");
    }
    fields.put("edit:publish", "");
    HttpResponse<String> saved = admin.post("news/edit.xhtml", "edit", fields);
    assertEquals(302, saved.statusCode(), "published: " + saved.body());
    String location = saved.headers().firstValue("Location").orElse("");
    Matcher id = Pattern.compile("post\\.xhtml\\?id=(\\d+)").matcher(location);
    assertTrue(id.find(), location);
    return Long.parseLong(id.group(1));
  }

  /** A word no other post has, of letters only (full-text indexes keep it whole). */
  private static String word() {
    StringBuilder word = new StringBuilder("zq");
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  @Test
  void anotherSchoolsPostIsNotFoundBySearch() {
    String secret = word();
    String title = "Riverside search " + secret;
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    publish(owen, title, "<p>Only for Riverside: " + secret + " tonight.</p>", false);
    String query = "news/search.xhtml?q=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);

    IntranetClient helen = IntranetClient.signedIn(base, "school.admin"); // Oakfield
    HttpResponse<String> crafted = helen.get(query);
    assertEquals(200, crafted.statusCode());
    assertFalse(crafted.body().contains(title), "nothing of the post: " + crafted.body());
    assertFalse(crafted.body().contains("search-result"), "no result at all");
    assertTrue(crafted.body().contains("No news you may read matches your search."));
    HttpResponse<String> words =
        helen.get(
            "news/search.xhtml?q="
                + URLEncoder.encode(
                    "+riverside +search \"" + secret + "\" *", StandardCharsets.UTF_8));
    assertEquals(200, words.statusCode());
    assertFalse(words.body().contains(secret + "</a>"), "operators do not widen the search");

    IntranetClient sara = IntranetClient.signedIn(base, "staff"); // Riverside
    HttpResponse<String> own = sara.get(query);
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains(title), "found by a member of Riverside");
    assertTrue(own.body().contains("1 post found."));

    HttpResponse<String> tooLong = sara.get("news/search.xhtml?q=" + "x".repeat(101));
    assertEquals(200, tooLong.statusCode());
    assertTrue(tooLong.body().contains("A search can be at most 100 characters long."));
    assertTrue(tooLong.body().contains("aria-invalid=\"true\""), "told at the box");
  }

  @Test
  void anotherSchoolsPostIsNotFoundByAnyAddress() {
    String title = "Riverside only " + System.nanoTime();
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    long riverside =
        publish(
            owen,
            title,
            "<p onclick=\"alert(1)\">For Riverside.</p><script>alert(2)</script>"
                + "<a href=\"javascript:alert(3)\">x</a>",
            true);

    IntranetClient sara = IntranetClient.signedIn(base, "staff"); // Riverside
    HttpResponse<String> own = sara.get("news/post.xhtml?id=" + riverside);
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains(title) && own.body().contains("For Riverside."));
    assertFalse(own.body().contains("alert("), "sanitised on the way in: " + own.body());
    assertTrue(own.body().contains("ack:acknowledge"), "a must-read for her");

    IntranetClient helen = IntranetClient.signedIn(base, "school.admin"); // Oakfield
    assertFalse(helen.get("index.xhtml").body().contains(title), "not in her feed");
    HttpResponse<String> crafted = helen.get("news/post.xhtml?id=" + riverside);
    assertEquals(404, crafted.statusCode());
    assertFalse(crafted.body().contains(title));
    HttpResponse<String> missing = helen.get("news/post.xhtml?id=999999999");
    assertEquals(404, missing.statusCode(), "the same answer as a post that does not exist");
    for (String junk : new String[] {"abc", "-1", "0", ""}) {
      assertEquals(404, helen.get("news/post.xhtml?id=" + junk).statusCode(), junk);
    }
    assertEquals(404, helen.get("news/edit.xhtml?id=" + riverside).statusCode());

    HttpResponse<String> posted =
        helen.post("news/post.xhtml?id=" + riverside, "ack", Map.of("ack:acknowledge", ""));
    assertFalse(posted.body().contains(title), posted.body());
    assertFalse(posted.body().contains("We have recorded"), posted.body());
    assertNoneConfirmed(owen, riverside);
  }

  @Test
  void aPostbackCannotSwitchThePostItAcknowledges() {
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    long riverside = publish(owen, "Riverside must-read " + System.nanoTime(), "<p>R</p>", true);
    IntranetClient helen = IntranetClient.signedIn(base, "school.admin");
    long oakfield = publish(helen, "Oakfield must-read " + System.nanoTime(), "<p>O</p>", true);

    String page = helen.get("news/post.xhtml?id=" + oakfield).body();
    assertTrue(page.contains("ack:acknowledge"), "her own school's must-read offers the button");
    HttpResponse<String> switched =
        helen.post(
            "news/post.xhtml?id=" + riverside,
            "ack",
            Map.of("id", Long.toString(riverside), "ack:acknowledge", ""));
    assertFalse(switched.body().contains("Riverside must-read"), "never shows Riverside's post");
    assertTrue(
        helen.get("news/post.xhtml?id=" + oakfield).body().contains("You confirmed you had read"),
        "the page acknowledged the post it was rendered for");
    assertNoneConfirmed(owen, riverside);
  }

  @Test
  void theAuthorDownloadsWhoConfirmedAndNobodyElseCan() {
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    long riverside = publish(owen, "Riverside list " + System.nanoTime(), "<p>R</p>", true);
    IntranetClient sara = IntranetClient.signedIn(base, "staff"); // Riverside: Sara Lindqvist
    sara.get("news/post.xhtml?id=" + riverside);
    assertEquals(
        200,
        sara.post("news/post.xhtml?id=" + riverside, "ack", Map.of("ack:acknowledge", ""))
            .statusCode());
    assertFalse(
        sara.get("news/post.xhtml?id=" + riverside).body().contains("readers:download"),
        "a reader has no list to download");

    owen.get("news/post.xhtml?id=" + riverside);
    HttpResponse<String> csv =
        owen.post("news/post.xhtml?id=" + riverside, "readers", Map.of("readers:download", ""));
    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().map().toString());
    assertTrue(
        csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertTrue(
        csv.body().startsWith("\uFEFFSchool,Name,Job title,Confirmed (UK time)"), csv.body());
    assertTrue(
        Pattern.compile(
                "Riverside Academy,Sara Lindqvist,[^\\r\\n]*,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d")
            .matcher(csv.body())
            .find(),
        "Sara confirmed: " + csv.body());
    assertTrue(csv.body().contains("Owen Price"), "the admin is a reader too, not yet confirmed");

    // Another school's admin, posting the form as if the page had offered it: not found.
    IntranetClient helen = IntranetClient.signedIn(base, "school.admin");
    HttpResponse<String> crafted =
        helen.post("news/post.xhtml?id=" + riverside, "readers", Map.of("readers:download", ""));
    assertFalse(crafted.body().contains("Sara Lindqvist"), crafted.body());
    assertFalse(
        crafted.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        "no list for her");
  }

  /** The author's page of the post: nobody at Riverside has confirmed it. */
  private static void assertNoneConfirmed(IntranetClient author, long post) {
    String page = author.get("news/post.xhtml?id=" + post).body();
    assertTrue(
        Pattern.compile("Riverside Academy</th>\\s*<td>\\d+</td>\\s*<td>0</td>")
            .matcher(page)
            .find(),
        "no confirmation at Riverside: " + page);
  }

  @Test
  void theFeedsFiltersNeverShowAnotherSchoolsNews() {
    String title = "Riverside tagged " + System.nanoTime();
    String tag = "crafted " + System.nanoTime();
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    String riverside = schoolOf(owen);
    long post =
        publish(
            owen, title, "<p>R</p>", false, Map.of("edit:tags", "Crafted, " + tag.toUpperCase()));
    String encoded = URLEncoder.encode(tag, StandardCharsets.UTF_8);

    IntranetClient sara = IntranetClient.signedIn(base, "staff"); // Riverside
    String own = sara.get("index.xhtml?tag=" + encoded).body();
    assertTrue(own.contains(title), "her school's post, by its tag");
    assertTrue(own.contains(tag), "the filter is shown: " + own);
    assertTrue(sara.get("index.xhtml?school=" + riverside).body().contains(title));
    assertTrue(sara.get("news/post.xhtml?id=" + post).body().contains("?tag=crafted"), "tag links");

    IntranetClient helen = IntranetClient.signedIn(base, "school.admin"); // Oakfield
    for (String query :
        new String[] {
          "school=" + riverside, "tag=" + encoded, "school=" + riverside + "&tag=" + encoded
        }) {
      HttpResponse<String> crafted = helen.get("index.xhtml?" + query);
      assertEquals(200, crafted.statusCode(), query);
      assertFalse(crafted.body().contains(title), query);
    }
    for (String junk : new String[] {"abc", "-1", "0", "99999999999999999999", "%3Cscript%3E"}) {
      HttpResponse<String> page = helen.get("index.xhtml?school=" + junk + "&author=" + junk);
      assertEquals(200, page.statusCode(), junk);
      assertFalse(page.body().contains("<script>"), junk);
    }
  }

  @Test
  void aTimeInThePastIsRefusedAtItsField() {
    IntranetClient helen = IntranetClient.signedIn(base, "school.admin");
    String title = "Back to the future " + System.nanoTime();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("edit:title", title);
    fields.put("edit:body_input", "<p>Late</p>");
    fields.put("edit:schools", schoolOf(helen));
    fields.put("edit:when", "SCHEDULE");
    fields.put("edit:publishAt_input", "01/01/2020 09:00");
    fields.put("edit:publish", "");
    HttpResponse<String> refused = helen.post("news/edit.xhtml", "edit", fields);
    assertEquals(200, refused.statusCode(), "stays on the form");
    assertTrue(
        refused.body().contains("Choose a time in the future to schedule the post"),
        refused.body());
    assertFalse(helen.get("index.xhtml").body().contains(title));
  }

  /**
   * The digest's unsubscribe address over HTTP, as a mail reader and a browser use it, with a token
   * nobody holds: the one-click POST (RFC 8058) answers 200 with nothing in it, whether or not the
   * token exists; a GET only leads to the page with the button; the page, without signing in, says
   * it is done. (NewsMailIT stops a real digest with a real token.)
   */
  @Test
  void unsubscribeAddressTellsNobodyWhichTokensExist() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI address = base.toURI().resolve("mail/unsubscribe?token=not-a-token");
    HttpResponse<String> oneClick =
        http.send(
            HttpRequest.newBuilder(address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, oneClick.statusCode());
    assertEquals("", oneClick.body());

    HttpResponse<String> followed =
        http.send(
            HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(302, followed.statusCode(), "a link followed only leads to the button");
    assertTrue(
        followed
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/news/unsubscribe.xhtml?token=not-a-token"),
        followed.headers().toString());

    IntranetClient reader = new IntranetClient(base.toURI());
    HttpResponse<String> page = reader.get("news/unsubscribe.xhtml?token=not-a-token");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("unsubscribe:stop"), "the button, without signing in");
    HttpResponse<String> done =
        reader.post(
            "news/unsubscribe.xhtml",
            "unsubscribe",
            Map.of("unsubscribe:token", "not-a-token", "unsubscribe:stop", ""));
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(
        done.body().contains("Done: no more news digests will be sent to you."), done.body());
  }
}
