package org.trustintranet.it.rooms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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
 * A room's photo, end to end: Oakfield's admin gives an own-school room a photo on rooms/edit.xhtml
 * (the file's name says nothing: the bytes decide); Oakfield's staff see it on the room's page and
 * fetch it with its type, length and caching headers (304 when they have it); someone who may not
 * see the room (Riverside's staff), someone signed out, or a wrong content id get a bare 404. A
 * file that is not a JPEG, PNG or WebP, or a photo without its description, is refused at its field
 * with nothing saved; Riverside's admin posting the photo form by hand for Oakfield's room changes
 * nothing; removing the photo takes its address away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoomPhotoIT {
  private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");
  private static final Pattern ROOM_ID = Pattern.compile("rooms/room\\.xhtml\\?id=(\\d+)");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern PHOTO =
      Pattern.compile(
          "<img id=\"roomPhoto\"[^>]*src=\"([^\"]*/rooms/photo/(\\d+)/([0-9a-f]{64}))\"");

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

  /** Adds a room through the edit page as {@code admin}; returns its id (from the redirect). */
  static long addRoom(IntranetClient admin, String name, String sharing) {
    String page = admin.get("rooms/edit.xhtml").body();
    Matcher option = OPTION.matcher(page);
    assertTrue(option.find(), "the edit page offers the admin's school");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("room:school_input", option.group(1));
    fields.put("room:name", name);
    fields.put("room:capacity", "12");
    fields.put("room:sharing", sharing);
    fields.put("room:save", "");
    HttpResponse<String> saved = admin.post("rooms/edit.xhtml", "room", fields);
    Matcher id = ROOM_ID.matcher(saved.headers().firstValue("Location").orElse(""));
    assertTrue(id.find(), "redirected to the new room: " + saved.statusCode());
    return Long.parseLong(id.group(1));
  }

  /** Posts the photo form of the room's edit page (fetched first for its view state). */
  private static HttpResponse<String> postPhoto(
      IntranetClient admin, long room, String alt, String fileName, byte[] content) {
    admin.get("rooms/edit.xhtml?id=" + room);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("photo:alt", alt);
    fields.put("photo:savePhoto", "");
    return admin.postMultipart(
        "rooms/edit.xhtml?id=" + room, "photo", fields, "photo:file", fileName, content);
  }

  @Test
  void aPhotoIsShownAndServedOnlyToThoseWhoMaySeeTheRoom() throws Exception {
    IntranetClient helen = IntranetClient.signedIn(base, "school.admin"); // Oakfield
    long room = addRoom(helen, "Photo room " + System.nanoTime(), "OWN_SCHOOL");
    byte[] jpeg = image("jpeg");
    HttpResponse<String> saved =
        postPhoto(helen, room, "The library, with beanbags", "x.txt", jpeg);
    assertEquals(302, saved.statusCode(), "saved: " + saved.body());

    IntranetClient tom = IntranetClient.signedIn(base, "teacher"); // Oakfield and Riverside
    String page = tom.get("rooms/room.xhtml?id=" + room).body();
    Matcher img = PHOTO.matcher(page);
    assertTrue(img.find(), "the photo is on the room's page");
    assertTrue(page.contains("alt=\"The library, with beanbags\""), "with its description");
    assertEquals(String.valueOf(room), img.group(2));
    String contentId = img.group(3);
    URI address = TestData.loopback(base).resolve(img.group(1));

    HttpResponse<byte[]> served = fetch(address, tom.cookieHeader(), null);
    assertEquals(200, served.statusCode());
    assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        String.valueOf(jpeg.length), served.headers().firstValue("Content-Length").orElse(""));
    assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        "private, max-age=31536000, immutable",
        served.headers().firstValue("Cache-Control").orElse(""));
    String etag = served.headers().firstValue("ETag").orElse("");
    assertEquals("\"" + contentId + "\"", etag);
    assertArrayEquals(jpeg, served.body());
    assertEquals(304, fetch(address, tom.cookieHeader(), etag).statusCode());

    IntranetClient sara = IntranetClient.signedIn(base, "staff"); // Riverside only
    for (HttpResponse<byte[]> refused :
        List.of(
            fetch(address, sara.cookieHeader(), null),
            fetch(address, sara.cookieHeader(), etag),
            fetch(address, "", null),
            fetch(
                TestData.loopback(base).resolve("rooms/photo/" + room + "/" + "0".repeat(64)),
                tom.cookieHeader(),
                null),
            fetch(
                TestData.loopback(base).resolve("rooms/photo/" + room + "/../" + contentId),
                tom.cookieHeader(),
                null))) {
      assertEquals(404, refused.statusCode(), refused.uri().toString());
      assertEquals(0, refused.body().length);
      assertFalse(refused.headers().firstValue("ETag").isPresent());
    }

    // Riverside's admin posts the photo form by hand for Oakfield's room: nothing changes
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    long theirs = addRoom(owen, "Riverside photo room " + System.nanoTime(), "TRUST");
    owen.get("rooms/edit.xhtml?id=" + theirs);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("photo:alt", "Taken over");
    fields.put("photo:savePhoto", "");
    HttpResponse<String> crafted =
        owen.postMultipart(
            "rooms/edit.xhtml?id=" + room, "photo", fields, "photo:file", "y.png", image("png"));
    assertTrue(crafted.statusCode() < 500, "no server error: " + crafted.statusCode());
    assertFalse(crafted.body().contains("at org.trustintranet"), "no stack trace");
    Matcher still = PHOTO.matcher(tom.get("rooms/room.xhtml?id=" + room).body());
    assertTrue(still.find());
    assertEquals(contentId, still.group(3), "the photo is Oakfield's still");
    // (the room a photo form saves to is the one its view was opened for, never the address's)
    assertEquals(404, owen.get("rooms/edit.xhtml?id=" + room).statusCode(), "cannot open it");

    // the admin removes it: its address is gone
    helen.get("rooms/edit.xhtml?id=" + room);
    Map<String, String> remove = new LinkedHashMap<>();
    remove.put("photo:removePhoto", "");
    HttpResponse<String> removed =
        helen.postMultipart(
            "rooms/edit.xhtml?id=" + room, "photo", remove, "photo:file", "", new byte[0]);
    assertEquals(302, removed.statusCode(), "removed: " + removed.body());
    assertEquals(404, fetch(address, tom.cookieHeader(), null).statusCode());
    assertFalse(PHOTO.matcher(tom.get("rooms/room.xhtml?id=" + room).body()).find());
  }

  @Test
  void badPhotosAreRefusedAtTheirFieldAndNothingIsSaved() throws Exception {
    IntranetClient helen = IntranetClient.signedIn(base, "school.admin");
    long room = addRoom(helen, "Bad photo room " + System.nanoTime(), "TRUST");

    HttpResponse<String> html =
        postPhoto(
            helen,
            room,
            "A picture",
            "photo.jpg",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, html.statusCode());
    assertTrue(html.body().contains("The file is not a JPEG, PNG or WebP image."), html.body());
    assertTrue(invalid(html.body(), "photo:file"), "told at the file field");

    HttpResponse<String> gif = postPhoto(helen, room, "A picture", "a.png", image("gif"));
    assertTrue(gif.body().contains("The file is not a JPEG, PNG or WebP image."));

    HttpResponse<String> undescribed = postPhoto(helen, room, "", "a.png", image("png"));
    assertEquals(200, undescribed.statusCode());
    assertTrue(undescribed.body().contains("Describe the photo."));
    assertTrue(invalid(undescribed.body(), "photo:alt"), "told at the description");

    HttpResponse<String> none = postPhoto(helen, room, "Only words", "", new byte[0]);
    assertTrue(none.body().contains("Choose a photo first."));

    byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(image("png"), 0, tooLarge, 0, 8);
    HttpResponse<String> large = postPhoto(helen, room, "Huge", "big.png", tooLarge);
    assertTrue(large.statusCode() < 500, "no server error: " + large.statusCode());
    assertTrue(large.body().contains("The image is too large: at most 5 MB."), large.body());

    assertFalse(
        PHOTO.matcher(helen.get("rooms/room.xhtml?id=" + room).body()).find(), "nothing saved");
  }

  /** True when the page's field {@code id} is marked invalid (its message describes it). */
  private static boolean invalid(String page, String id) {
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

  /** A small picture in the format given. */
  static byte[] image(String format) throws Exception {
    BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    picture.setRGB(3, 3, 0x2a6f97);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, format, out);
    return out.toByteArray();
  }
}
