package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.IntranetClient;
import org.trustintranet.it.TestData;

/**
 * A post's banner image, end to end: a school admin publishes a school-only post with a banner
 * through the edit page (the file's name and declared type say nothing: the bytes decide); a reader
 * of that school sees it above the post and fetches it with its type, length and caching headers,
 * and gets 304 when they already have it; a member of another school, and someone signed out, get a
 * bare 404 for the same address. A file that is not an image, or an image without its description,
 * is refused at its field and no post is saved; removing the banner takes its address away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsBannerIT {
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern VALUE = Pattern.compile("\\svalue=\"(\\d+)\"");
  private static final Pattern BANNER =
      Pattern.compile("<img id=\"banner\"[^>]*src=\"([^\"]*/news/banner/(\\d+)/([0-9a-f]{64}))\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void aBannerIsShownAndServedOnlyToThePostsReaders() throws Exception {
    byte[] png = png();
    String title = "Riverside banner " + System.nanoTime();
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    HttpResponse<String> saved =
        owen.postMultipart(
            "news/edit.xhtml",
            "edit",
            fields(owen, title, "The new library"),
            "edit:banner",
            "library.png",
            png);
    assertEquals(302, saved.statusCode(), "published: " + saved.body());
    Matcher idInLocation =
        Pattern.compile("post\\.xhtml\\?id=(\\d+)")
            .matcher(saved.headers().firstValue("Location").orElse(""));
    assertTrue(idInLocation.find());
    long id = Long.parseLong(idInLocation.group(1));

    // a reader at Riverside sees it above the post, described
    IntranetClient sara = IntranetClient.signedIn(base, "staff");
    HttpResponse<String> page = sara.get("news/post.xhtml?id=" + id);
    assertEquals(200, page.statusCode());
    Matcher img = BANNER.matcher(page.body());
    assertTrue(img.find(), "the banner is on the post's page");
    assertTrue(page.body().contains("alt=\"The new library\""), "with its description");
    assertEquals(String.valueOf(id), img.group(2));
    String contentId = img.group(3);
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)), contentId);
    URI address = TestData.loopback(base).resolve(img.group(1));

    HttpResponse<byte[]> image = fetch(address, sara.cookieHeader(), null);
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        String.valueOf(png.length), image.headers().firstValue("Content-Length").orElse(""));
    assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        "private, max-age=31536000, immutable",
        image.headers().firstValue("Cache-Control").orElse(""));
    assertFalse(image.headers().firstValue("Pragma").isPresent(), "nothing forbids keeping it");
    String etag = image.headers().firstValue("ETag").orElse("");
    assertEquals("\"" + contentId + "\"", etag);
    assertArrayEquals(png, image.body());

    HttpResponse<byte[]> again = fetch(address, sara.cookieHeader(), etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);

    // a member of another school, someone signed out, another content id: a bare 404
    IntranetClient helen = IntranetClient.signedIn(base, "school.admin"); // Oakfield
    for (HttpResponse<byte[]> refused :
        java.util.List.of(
            fetch(address, helen.cookieHeader(), null),
            fetch(address, helen.cookieHeader(), etag),
            fetch(address, "", null),
            fetch(
                TestData.loopback(base).resolve("news/banner/" + id + "/" + "0".repeat(64)),
                sara.cookieHeader(),
                null),
            fetch(
                TestData.loopback(base).resolve("news/banner/" + id + "/" + contentId + "x"),
                sara.cookieHeader(),
                null))) {
      assertEquals(404, refused.statusCode(), refused.uri().toString());
      assertEquals(0, refused.body().length);
      assertFalse(refused.headers().firstValue("ETag").isPresent());
    }

    // the editor removes the banner: its address is gone, the post stays
    String school = schoolOf(owen);
    HttpResponse<String> editing = owen.get("news/edit.xhtml?id=" + id);
    assertTrue(editing.body().contains("id=\"bannerPreview\""), "the editor sees the banner");
    assertTrue(editing.body().contains("alt=\"The new library\""));
    Map<String, String> change = new LinkedHashMap<>();
    change.put("edit:title", title);
    change.put("edit:body_input", "<p>The library opens on Monday.</p>");
    change.put("edit:schools", school);
    change.put("edit:bannerAlt", "The new library");
    change.put("edit:removeBanner_input", "on");
    change.put("edit:publish", "");
    HttpResponse<String> removed = owen.post("news/edit.xhtml?id=" + id, "edit", change);
    assertEquals(302, removed.statusCode(), "saved: " + removed.body());
    assertTrue(
        removed.headers().firstValue("Location").orElse("").contains("id=" + id),
        "the same post: " + removed.headers().map() + " " + removed.body());
    assertEquals(404, fetch(address, sara.cookieHeader(), null).statusCode());
    assertFalse(BANNER.matcher(sara.get("news/post.xhtml?id=" + id).body()).find());
  }

  @Test
  void aFileThatIsNotAnImageIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    String html = "Riverside html banner " + System.nanoTime();
    HttpResponse<String> refused =
        owen.postMultipart(
            "news/edit.xhtml",
            "edit",
            fields(owen, html, "A picture"),
            "edit:banner",
            "photo.png",
            "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, refused.statusCode());
    assertTrue(
        refused.body().contains("This file is not an image the intranet accepts"), refused.body());
    assertTrue(fieldMessageAt(refused.body(), "edit:banner"), "told at the upload field");

    String svg = "Riverside svg banner " + System.nanoTime();
    HttpResponse<String> svgRefused =
        owen.postMultipart(
            "news/edit.xhtml",
            "edit",
            fields(owen, svg, "A drawing"),
            "edit:banner",
            "drawing.svg",
            ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"9\""
                    + " height=\"9\"/></svg>")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(200, svgRefused.statusCode());
    assertTrue(svgRefused.body().contains("This file is not an image the intranet accepts"));

    String noAlt = "Riverside undescribed banner " + System.nanoTime();
    HttpResponse<String> undescribed =
        owen.postMultipart(
            "news/edit.xhtml", "edit", fields(owen, noAlt, ""), "edit:banner", "a.png", png());
    assertEquals(200, undescribed.statusCode());
    assertTrue(undescribed.body().contains("Describe the image for people who cannot see it."));
    assertTrue(fieldMessageAt(undescribed.body(), "edit:bannerAlt"), "told at the description");

    String feed = owen.get("index.xhtml").body();
    for (String title : new String[] {html, svg, noAlt}) {
      assertFalse(feed.contains(title), "no post was saved: " + title);
    }
  }

  /** The edit page's fields for a post to the admin's one school, with a banner description. */
  private static Map<String, String> fields(IntranetClient admin, String title, String alt) {
    String school = schoolOf(admin); // also fetches the page: its view state is posted back
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("edit:title", title);
    fields.put("edit:summary", "Banner test");
    fields.put("edit:body_input", "<p>The library opens on Monday.</p>");
    fields.put("edit:schools", school);
    fields.put("edit:bannerAlt", alt);
    fields.put("edit:publish", "");
    return fields;
  }

  /** The one school the admin may publish to, as the edit page offers it. */
  private static String schoolOf(IntranetClient admin) {
    String page = admin.get("news/edit.xhtml").body();
    Matcher input = INPUT.matcher(page);
    while (input.find()) {
      if (input.group().contains("name=\"edit:schools\"")) {
        Matcher value = VALUE.matcher(input.group());
        if (value.find()) {
          return value.group(1);
        }
      }
    }
    throw new AssertionError("the edit page offers the admin's school");
  }

  /** True when the page's field {@code id} is marked invalid (its message describes it). */
  private static boolean fieldMessageAt(String page, String id) {
    Matcher input = INPUT.matcher(page);
    while (input.find()) {
      if (input.group().contains("id=\"" + id + "\"")) {
        return input.group().contains("aria-invalid=\"true\"");
      }
    }
    return false;
  }

  private HttpResponse<byte[]> fetch(URI address, String cookies, String ifNoneMatch)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A small banner-shaped PNG. */
  static byte[] png() throws Exception {
    BufferedImage picture = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(new Color(0x2a6f97));
    g.fillRect(0, 0, 240, 80);
    g.setColor(new Color(0xf6d36b));
    g.fillOval(180, 10, 40, 40);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", out);
    return out.toByteArray();
  }
}
