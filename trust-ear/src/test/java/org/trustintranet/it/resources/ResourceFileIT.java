package org.trustintranet.it.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * A resource's file over HTTP (ResourceFileServlet): Oakfield's teacher shares a Word document with
 * a Welsh name through library/share.xhtml; its download is an attachment with the name kept in
 * UTF-8 (RFC 6266/8187), the type found in the bytes, nosniff, no caching without asking, the
 * content id as ETag (304 when the browser has it) and byte ranges (206 for 0-9 and the last 5
 * bytes, 416 past the end, the whole file for several ranges or an outdated If-Range). A teacher of
 * another school gets a bare 404 for a "my school only" resource's file and thumbnail, as someone
 * signed out does; a download is counted once, not for a part that resumes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceFileIT {
  static final String NAME = "Ffracsiynau – ŵyl.docx";

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
  void aDownloadIsAnAttachmentWithItsNameTypeTagAndRanges() throws Exception {
    IntranetClient tom = IntranetClient.signedIn(base, "teacher");
    byte[] word = SampleFiles.word("Ffracsiynau ar linell rif " + System.nanoTime());
    long id =
        LibraryPages.share(
            tom,
            "Oakfield Primary School",
            NAME,
            word,
            "Ffracsiynau " + System.nanoTime(),
            "TRUST");
    String page = tom.get("library/resource.xhtml?id=" + id).body();
    assertTrue(page.contains("/library/file/" + id + "/1"), "the page links the download");
    URI file = TestData.loopback(base).resolve("library/file/" + id + "/1");

    HttpResponse<byte[]> whole = fetch(file, tom.cookieHeader(), Map.of());
    assertEquals(200, whole.statusCode());
    assertArrayEquals(word, whole.body());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        header(whole, "Content-Type"));
    assertEquals(
        "attachment; filename=\"Ffracsiynau _ wyl.docx\";"
            + " filename*=UTF-8''Ffracsiynau%20%E2%80%93%20%C5%B5yl.docx",
        header(whole, "Content-Disposition"));
    assertEquals("nosniff", header(whole, "X-Content-Type-Options"));
    assertEquals("private, no-cache", header(whole, "Cache-Control"));
    assertEquals("bytes", header(whole, "Accept-Ranges"));
    assertEquals(String.valueOf(word.length), header(whole, "Content-Length"));
    String etag = header(whole, "ETag");
    assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);

    HttpResponse<byte[]> cached = fetch(file, tom.cookieHeader(), Map.of("If-None-Match", etag));
    assertEquals(304, cached.statusCode());
    assertEquals(0, cached.body().length);

    HttpResponse<byte[]> first = fetch(file, tom.cookieHeader(), Map.of("Range", "bytes=0-9"));
    assertEquals(206, first.statusCode());
    assertArrayEquals(Arrays.copyOfRange(word, 0, 10), first.body());
    assertEquals("bytes 0-9/" + word.length, header(first, "Content-Range"));

    HttpResponse<byte[]> last = fetch(file, tom.cookieHeader(), Map.of("Range", "bytes=-5"));
    assertEquals(206, last.statusCode());
    assertArrayEquals(Arrays.copyOfRange(word, word.length - 5, word.length), last.body());
    assertEquals(
        "bytes " + (word.length - 5) + "-" + (word.length - 1) + "/" + word.length,
        header(last, "Content-Range"));

    HttpResponse<byte[]> past =
        fetch(file, tom.cookieHeader(), Map.of("Range", "bytes=" + word.length + "-"));
    assertEquals(416, past.statusCode());
    assertEquals("bytes */" + word.length, header(past, "Content-Range"));
    assertEquals(0, past.body().length);

    HttpResponse<byte[]> several =
        fetch(file, tom.cookieHeader(), Map.of("Range", "bytes=0-1,5-6"));
    assertEquals(200, several.statusCode());
    assertArrayEquals(word, several.body());

    HttpResponse<byte[]> outdated =
        fetch(
            file,
            tom.cookieHeader(),
            Map.of("Range", "bytes=0-9", "If-Range", "\"" + "0".repeat(64) + "\""));
    assertEquals(200, outdated.statusCode(), "a changed file is sent whole");
    assertArrayEquals(word, outdated.body());
    HttpResponse<byte[]> current =
        fetch(file, tom.cookieHeader(), Map.of("Range", "bytes=10-19", "If-Range", etag));
    assertEquals(206, current.statusCode());
    assertArrayEquals(Arrays.copyOfRange(word, 10, 20), current.body());

    // counted: the whole, the part from 0, the several and the outdated one (not 304, -5, 416, 10-)
    String counted = tom.get("library/resource.xhtml?id=" + id).body();
    assertTrue(counted.contains("<dd id=\"downloads\">4</dd>"), "downloads counted once each");

    for (String wrong :
        new String[] {
          "library/file/" + id + "/2",
          "library/file/" + id + "/x",
          "library/file/" + id,
          "library/file/987654321/1"
        }) {
      HttpResponse<byte[]> refused =
          fetch(TestData.loopback(base).resolve(wrong), tom.cookieHeader(), Map.of());
      assertEquals(404, refused.statusCode(), wrong);
      assertEquals(0, refused.body().length, wrong);
    }
  }

  @Test
  void aSchoolOnlyResourcesFileIsNotForAnotherSchoolNorForSomeoneSignedOut() throws Exception {
    IntranetClient tom = IntranetClient.signedIn(base, "teacher"); // Oakfield and Riverside
    byte[] word = SampleFiles.word("Oakfield only " + System.nanoTime());
    long id =
        LibraryPages.share(
            tom, "Oakfield Primary School", "oakfield-only.docx", word, "Ours " + id(), "SCHOOL");
    URI file = TestData.loopback(base).resolve("library/file/" + id + "/1");
    URI thumb = TestData.loopback(base).resolve("library/thumb/" + id + "/1");
    assertEquals(200, fetch(file, tom.cookieHeader(), Map.of()).statusCode());
    String etag = header(fetch(file, tom.cookieHeader(), Map.of()), "ETag");

    IntranetClient elin = IntranetClient.signedIn(base, "athro"); // Bryn Derw only
    IntranetClient sara = IntranetClient.signedIn(base, "staff"); // Riverside only
    for (IntranetClient other : new IntranetClient[] {elin, sara}) {
      for (Map<String, String> headers :
          java.util.List.of(
              Map.<String, String>of(),
              Map.of("If-None-Match", etag),
              Map.of("Range", "bytes=0-9"))) {
        HttpResponse<byte[]> refused = fetch(file, other.cookieHeader(), headers);
        assertEquals(404, refused.statusCode(), headers.toString());
        assertEquals(0, refused.body().length);
        assertFalse(refused.headers().firstValue("ETag").isPresent());
        assertFalse(refused.headers().firstValue("Content-Disposition").isPresent());
      }
      assertEquals(404, fetch(thumb, other.cookieHeader(), Map.of()).statusCode());
      assertEquals(404, other.get("library/resource.xhtml?id=" + id).statusCode());
    }
    HttpResponse<byte[]> signedOut = fetch(file, "", Map.of());
    assertTrue(signedOut.statusCode() == 404, "signed out: " + signedOut.statusCode());
    assertFalse(Arrays.equals(word, signedOut.body()), "not the file");
    assertEquals(404, fetch(thumb, "", Map.of()).statusCode());
  }

  private static String id() {
    return String.valueOf(System.nanoTime());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private HttpResponse<byte[]> fetch(URI address, String cookies, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    new LinkedHashMap<>(headers).forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
