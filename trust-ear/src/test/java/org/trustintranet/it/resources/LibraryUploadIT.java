package org.trustintranet.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * The library's upload address (LibraryUploadServlet), as the share page's uploader uses it: the
 * raw bytes, the name percent-encoded, the page's token. A teacher's file is staged (201, its id
 * and name as JSON) and the page takes it into its list. Refused: signed out (401, not a redirect),
 * without the page's token or with a forged one or another session's (403), for staff who may share
 * nowhere (403), and over the size limit (413, streamed without a declared length: nothing left in
 * the file store nor a resource_upload row).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryUploadIT {
  static final String NAME = "Ffracsiynau – ŵyl + 1.docx";

  private static final Pattern MAX_BYTES = Pattern.compile("data-max-bytes=\"(\\d+)\"");
  private static final Pattern OPTION =
      Pattern.compile("-Dtrust\\.db\\.(url|user|password)=(\\S+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aTeachersFileIsStagedAndTakenIntoTheSharePagesList() {
    IntranetClient tom = IntranetClient.signedIn(base, "teacher");
    String page = tom.get("library/share.xhtml").body();
    byte[] word = SampleFiles.word("Ffracsiynau " + System.nanoTime());

    HttpResponse<String> uploaded = LibraryPages.upload(tom, page, NAME, word);

    long id = LibraryPages.stagedId(uploaded);
    assertTrue(
        uploaded.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(uploaded.body().contains("\"name\":\"" + NAME + "\""), uploaded.body());
    assertTrue(
        uploaded.body().contains("wordprocessingml.document"),
        "typed from its bytes: " + uploaded.body());
    assertTrue(uploaded.body().contains("\"size\":" + word.length), uploaded.body());
    HttpResponse<String> listed = LibraryPages.attach(tom, id);
    assertEquals(200, listed.statusCode());
    assertTrue(listed.body().contains("staged-name"), listed.body());
    assertTrue(listed.body().contains("Ffracsiynau"), listed.body());

    IntranetClient other = IntranetClient.signedIn(base, "athro");
    other.get("library/share.xhtml");
    HttpResponse<String> notHers = LibraryPages.attach(other, id);
    assertEquals(200, notHers.statusCode());
    assertFalse(
        notHers.body().contains("staged-name"),
        "another teacher cannot take the file into her list: " + notHers.body());
  }

  @Test
  void someoneSignedOutIsToldSoWithoutARedirect() {
    IntranetClient nobody = new IntranetClient(TestData.loopback(base));
    HttpResponse<String> refused =
        nobody.postRaw(
            "library/upload",
            HttpRequest.BodyPublishers.ofByteArray(SampleFiles.word("x")),
            Map.of("X-Upload-Token", "guessed", "X-File-Name", "a.docx"));
    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(refused.body().startsWith("{\"message\":\""), refused.body());
  }

  @Test
  void aPostWithoutThePagesTokenIsRefused() {
    IntranetClient tom = IntranetClient.signedIn(base, "teacher");
    tom.get("library/share.xhtml");
    IntranetClient ann = IntranetClient.signedIn(base, "athro");
    String annsPage = ann.get("library/share.xhtml").body();
    byte[] word = SampleFiles.word("x " + System.nanoTime());

    HttpResponse<String> missing =
        tom.postRaw(
            "library/upload",
            HttpRequest.BodyPublishers.ofByteArray(word),
            Map.of("X-File-Name", "a.docx"));
    HttpResponse<String> forged =
        tom.postRaw(
            "library/upload",
            HttpRequest.BodyPublishers.ofByteArray(word),
            Map.of("X-Upload-Token", "A".repeat(43), "X-File-Name", "a.docx"));
    HttpResponse<String> anothers = LibraryPages.upload(tom, annsPage, "a.docx", word);

    assertEquals(403, missing.statusCode(), missing.body());
    assertEquals(403, forged.statusCode(), forged.body());
    assertEquals(403, anothers.statusCode(), "another session's token: " + anothers.body());
    assertTrue(forged.body().contains("expired"), forged.body());
  }

  @Test
  void staffWhoMayShareNowhereAreRefused() {
    IntranetClient sam = IntranetClient.signedIn(base, "staff");
    String page = sam.get("library/share.xhtml").body();
    assertTrue(page.contains("mayNotShare"), "the page says so");
    HttpResponse<String> refused =
        sam.postRaw(
            "library/upload",
            HttpRequest.BodyPublishers.ofByteArray(SampleFiles.word("x " + System.nanoTime())),
            Map.of("X-Upload-Token", "A".repeat(43), "X-File-Name", "a.docx"));
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("not a member of a school"), refused.body());
  }

  @Test
  void aFileOverTheLimitIsRefusedAndLeavesNothingBehind() throws Exception {
    IntranetClient tom = IntranetClient.signedIn(base, "teacher");
    String page = tom.get("library/share.xhtml").body();
    Matcher max = MAX_BYTES.matcher(page);
    assertTrue(max.find(), "the page says the limit");
    long limit = Long.parseLong(max.group(1));
    assertTrue(Files.isDirectory(store()), "the server's file store is at " + store());
    long storedBefore = filesIn(store());
    long rowsBefore = stagedRows();

    // a stream of unknown length (chunked): the server counts it as it comes
    HttpResponse<String> refused =
        tom.postRaw(
            "library/upload",
            HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(limit + 1)),
            Map.of("X-Upload-Token", LibraryPages.uploadToken(page), "X-File-Name", "huge.mp4"));

    assertEquals(413, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains(" MB"), refused.body());
    assertEquals(storedBefore, filesIn(store()), "no file left in the store");
    assertEquals(rowsBefore, stagedRows(), "no resource_upload row");
  }

  /** The server's file store: its default directory under the server's working directory. */
  private static Path store() {
    return Path.of(System.getProperty("trust.test.filesDir", "trust-data/files"));
  }

  private static long filesIn(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  /** The resource_upload rows, read from the database the server uses (trust.test.jvmOptions). */
  private static long stagedRows() throws SQLException {
    Matcher option = OPTION.matcher(System.getProperty("trust.test.jvmOptions", ""));
    Map<String, String> db = new java.util.HashMap<>();
    while (option.find()) {
      db.put(option.group(1), option.group(2));
    }
    String url = db.getOrDefault("url", "");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"),
        "the rows are counted in MariaDB or MySQL only (the embedded H2 is the server's alone)");
    try (Connection connection =
            DriverManager.getConnection(
                url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"),
                db.get("user"),
                db.get("password"));
        Statement query = connection.createStatement();
        ResultSet count = query.executeQuery("SELECT COUNT(*) FROM resource_upload")) {
      count.next();
      return count.getLong(1);
    }
  }

  /** {@code length} zero bytes, made as they are read. */
  private static final class Zeros extends InputStream {
    private long left;

    Zeros(long length) {
      this.left = length;
    }

    @Override
    public int read() {
      if (left <= 0) {
        return -1;
      }
      left--;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      left -= n;
      return n;
    }
  }
}
