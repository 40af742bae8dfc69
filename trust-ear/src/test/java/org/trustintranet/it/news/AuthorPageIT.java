package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * The author page and the post page's history, as browsers ask for them: a post's byline leads to
 * its author's page, which lists only the posts of theirs the reader may read; the history shows on
 * the post page to its editors only; an id that names nobody gets a page saying so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorPageIT {
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern VALUE = Pattern.compile("\\svalue=\"(\\d+)\"");
  private static final Pattern AUTHOR_LINK = Pattern.compile("news/author\\.xhtml\\?id=(\\d+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  /** Publishes a post through news/edit.xhtml to the one school the admin administers. */
  private static long publish(IntranetClient admin, String title) {
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
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("edit:title", title);
    fields.put("edit:summary", "Author page test");
    fields.put("edit:body_input", "<p>For one school only.</p>");
    fields.put("edit:schools", school);
    fields.put("edit:publish", "");
    HttpResponse<String> saved = admin.post("news/edit.xhtml", "edit", fields);
    assertEquals(302, saved.statusCode(), "published: " + saved.body());
    Matcher id =
        Pattern.compile("post\\.xhtml\\?id=(\\d+)")
            .matcher(saved.headers().firstValue("Location").orElse(""));
    assertTrue(id.find());
    return Long.parseLong(id.group(1));
  }

  @Test
  void theAuthorPageListsOnlyWhatTheReaderMayRead() {
    String title = "Riverside author page " + System.nanoTime();
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    long post = publish(owen, title);

    String postPage = owen.get("news/post.xhtml?id=" + post).body();
    Matcher link = AUTHOR_LINK.matcher(postPage);
    assertTrue(link.find(), "the byline links to the author's page");
    String authorPage = "news/author.xhtml?id=" + link.group(1);
    assertTrue(postPage.contains("id=\"historyHeading\""), "its author sees the history");
    assertTrue(postPage.contains("Created, published"), postPage);
    assertTrue(
        postPage.contains("Owen Price</a>, Data manager, Riverside Academy"),
        "the byline: name, job title, school: " + postPage);

    HttpResponse<String> own = owen.get(authorPage);
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains(title), "the author sees it on their page");

    IntranetClient teacher = IntranetClient.signedIn(base, "teacher"); // Oakfield and Riverside
    assertTrue(teacher.get(authorPage).body().contains(title), "a Riverside member sees it");
    assertTrue(
        teacher
            .get("index.xhtml")
            .body()
            .contains("Owen Price</a>, Data manager, Riverside Academy"),
        "the feed's byline too");
    String asReader = teacher.get("news/post.xhtml?id=" + post).body();
    assertTrue(asReader.contains(title));
    assertFalse(asReader.contains("historyHeading"), "a reader sees no history");

    IntranetClient helen = IntranetClient.signedIn(base, "school.admin"); // Oakfield only
    HttpResponse<String> other = helen.get(authorPage);
    assertEquals(200, other.statusCode());
    assertFalse(other.body().contains(title), "not a Riverside-only post: " + other.body());
  }

  @Test
  void anIdThatNamesNobodyGetsAPageSayingSo() {
    IntranetClient helen = IntranetClient.signedIn(base, "school.admin");
    for (String id : new String[] {"987654321", "abc", "-1", ""}) {
      HttpResponse<String> page = helen.get("news/author.xhtml?id=" + id);
      assertEquals(200, page.statusCode(), id);
      assertTrue(page.body().contains("We could not find this author."), id + ": " + page.body());
      assertFalse(page.body().contains("Caused by") || page.body().contains("\tat "), id);
    }
  }
}
