package org.trustintranet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.trustintranet.it.IntranetClient;

/**
 * The benchmark's big-file measurement: a 500 MiB lesson video (MP4) made on the file store's disk,
 * copied there with {@code cp} (then synced, as the store forces its bytes to disk) for the
 * yardstick, uploaded through HTTP as a teacher's browser does it (the share page's uploader: the
 * file's bytes as the raw body of a post to the library's upload address, streamed from the disk,
 * then the page's remote command takes the staged file into its list), shared through the share
 * form, and downloaded through the library's file servlet. It reports the upload and download rates
 * against {@code cp}'s (the issue asks for at least half) and the server's heap before, during (the
 * largest of samples taken while each transfer runs) and after: it must not grow with the file. The
 * intranet must accept uploads of this size ({@link #MAX_UPLOAD_BYTES}).
 */
final class BigFile {
  /** 500 MiB. */
  static final long SIZE = 500L * 1024 * 1024;

  /** The upload limit the benchmark's server is started with: 600 MiB. */
  static final long MAX_UPLOAD_BYTES = 600L * 1024 * 1024;

  static final String FILE_NAME = "lesson-video.mp4";
  static final String MEDIA_TYPE = "video/mp4";

  /** The rate the issue asks for, against cp's. */
  static final double TARGET_RATIO = 0.5;

  private static final Pattern UPLOAD_ADDRESS = Pattern.compile("data-upload-address=\"([^\"]+)\"");
  private static final Pattern UPLOAD_TOKEN = Pattern.compile("data-upload-token=\"([^\"]+)\"");

  /** The remote command's script: its source id and its form (PrimeFaces.ab({s:..,f:..})). */
  private static final Pattern ATTACH_COMMAND =
      Pattern.compile("attachStaged\\s*=\\s*function[^{]*\\{[^}]*?s:\"([^\"]+)\",f:\"([^\"]+)\"");

  private static final Pattern STAGED_ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");
  private static final Pattern ACTION = Pattern.compile("\\saction=\"([^\"]+)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>([^<]*)</textarea>", Pattern.CASE_INSENSITIVE);
  private static final Pattern SELECT =
      Pattern.compile(
          "<select\\b([^>]*)>(.*?)</select>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern OPTION =
      Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BUTTON =
      Pattern.compile("<button\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  /** The figures as printed, and whether something failed (not a missed target: an error). */
  record Outcome(String report, boolean failed) {}

  private final IntranetServer server;
  private final DataSource dataSource;
  private final Path store;
  private final Path workDir;
  private final String email;
  private final String password;
  private final PrintStream log;

  BigFile(
      IntranetServer server,
      DataSource dataSource,
      Path store,
      Path workDir,
      String email,
      String password,
      PrintStream log) {
    this.server = server;
    this.dataSource = dataSource;
    this.store = store;
    this.workDir = workDir;
    this.email = email;
    this.password = password;
    this.log = log;
  }

  Outcome measure() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nBig file: %s of %,d bytes (%s), file store %s%n",
            FILE_NAME,
            SIZE,
            MEDIA_TYPE,
            store));
    Path file = workDir.resolve(FILE_NAME);
    Path copy = workDir.resolve(FILE_NAME + ".copy");
    try {
      Files.createDirectories(workDir);
      Files.createDirectories(store);
      log.println("Big file: writing " + SIZE / (1024 * 1024) + " MiB to " + file);
      String hex = writeVideo(file);

      log.println("Big file: cp on the same disk");
      double cpSeconds = timedCopy(file, copy);
      Files.deleteIfExists(copy);
      double cpRate = SIZE / cpSeconds / 1e6;
      out.append(
          String.format(
              Locale.ROOT,
              "  cp on the same disk (then sync): %.1f MB/s (%.1f s)%n",
              cpRate,
              cpSeconds));

      server.collectGarbage();
      long before = heapUsed();
      IntranetClient client = new IntranetClient(server.base(), Duration.ofMinutes(10));
      HttpResponse<String> signedIn = client.signIn(email, password);
      if (signedIn.statusCode() != 302) {
        throw new IllegalStateException(
            "Could not sign in as " + email + ": HTTP " + signedIn.statusCode());
      }
      HttpResponse<String> page = client.get("library/share.xhtml");
      if (page.statusCode() != 200) {
        throw new IllegalStateException("library/share.xhtml answered " + page.statusCode());
      }
      Uploader form = Uploader.of(page.body());

      log.println("Big file: upload through " + form.address());
      HeapSampler duringUpload = new HeapSampler();
      double upSeconds;
      Answer uploaded;
      try (duringUpload) {
        long t0 = System.nanoTime();
        uploaded = upload(client, form, file);
        upSeconds = (System.nanoTime() - t0) / 1e9;
      }
      Matcher staged = STAGED_ID.matcher(uploaded.body());
      if (uploaded.statusCode() != 201 || !staged.find()) {
        throw new IllegalStateException(
            "The upload answered " + uploaded.statusCode() + ": " + abbreviate(uploaded.body()));
      }
      double upRate = SIZE / upSeconds / 1e6;
      out.append(
          String.format(
              Locale.ROOT,
              "  upload (the share page's uploader: the raw body to %s, HTTP): %.1f MB/s (%.1f s),"
                  + " %.2f x cp%s%n",
              form.address(),
              upRate,
              upSeconds,
              upRate / cpRate,
              upRate / cpRate >= TARGET_RATIO ? "" : " BELOW the target " + TARGET_RATIO));
      if (!Files.isRegularFile(LibraryFiles.pathOf(store, hex))) {
        throw new IllegalStateException(
            "After the upload the file store has no " + hex + ": " + abbreviate(uploaded.body()));
      }

      attach(client, form, Long.parseLong(staged.group(1)));
      long id = publish(client, form, page.body(), hex, out);

      log.println("Big file: download of /library/file/" + id + "/1");
      HeapSampler duringDownload = new HeapSampler();
      double downSeconds;
      try (duringDownload) {
        long t0 = System.nanoTime();
        long read = download(client, id);
        downSeconds = (System.nanoTime() - t0) / 1e9;
        if (read != SIZE) {
          throw new IllegalStateException("The download sent " + read + " bytes, not " + SIZE);
        }
      }
      double downRate = SIZE / downSeconds / 1e6;
      out.append(
          String.format(
              Locale.ROOT,
              "  download (/library/file/%d/1): %.1f MB/s (%.1f s), %.2f x cp%s%n",
              id,
              downRate,
              downSeconds,
              downRate / cpRate,
              downRate / cpRate >= TARGET_RATIO ? "" : " BELOW the target " + TARGET_RATIO));

      long after = heapUsed();
      server.collectGarbage();
      long afterGc = heapUsed();
      out.append(
          String.format(
              Locale.ROOT,
              "  server heap used: before %s (after a full GC), during the upload at most %s"
                  + " (%d samples), during the download at most %s (%d samples), after %s, %s"
                  + " after a full GC%n",
              mib(before),
              mib(duringUpload.max()),
              duringUpload.samples(),
              mib(duringDownload.max()),
              duringDownload.samples(),
              mib(after),
              mib(afterGc)));
      // 500 MiB of test bytes would stay in every run's folder.
      Files.deleteIfExists(LibraryFiles.pathOf(store, hex));
      log.print(out);
      return new Outcome(out.toString(), false);
    } catch (IOException | SQLException | RuntimeException e) {
      out.append("FAILED bigfile: ").append(e.getMessage()).append('\n');
      log.print(out);
      return new Outcome(out.toString(), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.append("FAILED bigfile: interrupted\n");
      return new Outcome(out.toString(), true);
    } finally {
      try {
        Files.deleteIfExists(copy);
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.println("  (could not delete " + file + ": " + e.getMessage() + ")");
      }
    }
  }

  /**
   * An MP4 file as a camera writes one: an {@code ftyp} box (brand mp42, which Apache Tika detects
   * as video/mp4) and one {@code mdat} box of media data (incompressible bytes) filling the rest.
   * Returns its SHA-256, the store's content id.
   */
  static String writeVideo(Path file) throws IOException {
    MessageDigest sha256 = sha256();
    byte[] chunk = new byte[1 << 20];
    SplittableRandom random = new SplittableRandom(500);
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] head = new byte[24 + 16];
      java.nio.ByteBuffer box = java.nio.ByteBuffer.wrap(head);
      box.putInt(24).put(ascii("ftyp")).put(ascii("mp42")).putInt(0).put(ascii("mp42"));
      box.put(ascii("isom"));
      box.putInt(1).put(ascii("mdat")).putLong(SIZE - 24);
      out.write(head);
      sha256.update(head);
      long left = SIZE - head.length;
      while (left > 0) {
        random.nextBytes(chunk);
        int n = (int) Math.min(chunk.length, left);
        out.write(chunk, 0, n);
        sha256.update(chunk, 0, n);
        left -= n;
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Seconds {@code cp} takes to copy the file on its disk, and {@code sync} to write it out. */
  private static double timedCopy(Path from, Path to) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    run(List.of("cp", "--", from.toString(), to.toString()));
    run(List.of("sync", "--", to.toString()));
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
  }

  /**
   * Posts the file as the share page's uploader (library-upload.js) does: the file's bytes as the
   * request's raw body, streamed from the disk in 1 MiB writes with its length declared, its name
   * percent-encoded in {@code X-File-Name} and the page's token in {@code X-Upload-Token}. Sent
   * with {@link HttpURLConnection}, which writes to the socket as a browser does: the JDK's {@code
   * HttpClient} file publisher (16 KB pieces through its selector thread) measured 93-282 MB/s here
   * against a socket that only discards, and would have been measured instead of the intranet.
   */
  private Answer upload(IntranetClient client, Uploader form, Path file) throws IOException {
    HttpURLConnection post =
        (HttpURLConnection) server.base().resolve(form.address()).toURL().openConnection();
    post.setRequestMethod("POST");
    post.setDoOutput(true);
    post.setInstanceFollowRedirects(false);
    post.setReadTimeout((int) TimeUnit.MINUTES.toMillis(10));
    post.setFixedLengthStreamingMode(Files.size(file));
    post.setRequestProperty("Cookie", client.cookieHeader());
    post.setRequestProperty("Content-Type", "application/octet-stream");
    post.setRequestProperty("X-Upload-Token", form.token());
    post.setRequestProperty("X-File-Name", FILE_NAME);
    try (OutputStream out = post.getOutputStream();
        InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 20];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    }
    int status = post.getResponseCode();
    try (InputStream body = status < 400 ? post.getInputStream() : post.getErrorStream()) {
      return new Answer(
          status, body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      post.disconnect();
    }
  }

  /** A status and a small body. */
  private record Answer(int statusCode, String body) {}

  /**
   * Takes the staged file into the share page's list as the uploader does once the server answers:
   * the page's remote command, an ajax post naming the staged id.
   */
  private void attach(IntranetClient client, Uploader form, long stagedId) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", form.command());
    fields.put("jakarta.faces.partial.execute", form.command());
    fields.put(form.command(), form.command());
    fields.put("stagedId", Long.toString(stagedId));
    HttpResponse<String> attached = client.post(form.action(), form.formId(), fields);
    if (attached.statusCode() != 200 || !attached.body().contains(FILE_NAME)) {
      log.println(
          "  (the share page did not list the staged file: HTTP "
              + attached.statusCode()
              + " "
              + abbreviate(attached.body())
              + ")");
    }
  }

  /**
   * Shares the uploaded file through the share form: its fields as the page gave them (a choice
   * list's first real option, the first of each radio group), a title, and its submit button. When
   * that makes no resource of the file (the form wants something this generic filling does not
   * give), the resource rows are written directly, said so in the report, so that the download is
   * measured all the same. Returns the resource's id.
   */
  private long publish(
      IntranetClient client, Uploader form, String pageHtml, String hex, StringBuilder out)
      throws SQLException {
    String shareForm = submitForm(pageHtml, form.formId());
    Map<String, String> fields = shareFields(pageHtml, shareForm);
    fields.remove(shareForm);
    fields.remove("jakarta.faces.ViewState");
    fields.remove("primefaces.nonce");
    HttpResponse<String> posted = client.post(form.action(), shareForm, fields);
    // The share page goes on to the new resource's page; the embedded database cannot be read
    // from here while the intranet holds it, so the address is asked first.
    Optional<Long> id =
        resourceIdIn(posted.headers().firstValue("Location").orElse("") + " " + posted.body());
    if (id.isEmpty()) {
      try {
        id = resourceOf(hex);
      } catch (SQLException e) {
        log.println("  (the database cannot be read here: " + e.getMessage() + ")");
      }
    }
    if (id.isPresent()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  shared through the share form (HTTP %d): resource %d%n",
              posted.statusCode(),
              id.get()));
      return id.get();
    }
    String said = messagesIn(posted.body());
    try {
      // Kept for whoever reads the run: the form as sent and the page that came back.
      Files.writeString(workDir.resolve("share-page.html"), pageHtml, StandardCharsets.UTF_8);
      Files.writeString(
          workDir.resolve("share-answer.html"),
          fields + "\n\n" + posted.body(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.println("  (could not keep the share form's answer: " + e.getMessage() + ")");
    }
    long made;
    try {
      made = insertResource(hex);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the share form (HTTP "
              + posted.statusCode()
              + ") made no resource of the file ("
              + said
              + "), and its rows could not be written directly: "
              + e.getMessage(),
          e);
    }
    out.append(
        String.format(
            Locale.ROOT,
            "  the share form (HTTP %d) made no resource of the file (%s); resource %d written to"
                + " the database directly for the download%n",
            posted.statusCode(),
            said,
            made));
    return made;
  }

  /**
   * The id of the form that shares: the upload's own form when it has a submit button, else the
   * first form after it that has one (the share page keeps its files and its metadata in two forms
   * of one view; the page's header has forms of its own before them).
   */
  static String submitForm(String html, String uploadFormId) {
    if (formHtml(html, uploadFormId).contains("type=\"submit\"")) {
      return uploadFormId;
    }
    // The page's header has forms too (language, sign-out): the share form follows the upload's.
    int upload = html.indexOf(formHtml(html, uploadFormId));
    Matcher forms = Pattern.compile("<form\\b[^>]*\\sid=\"([^\"]+)\"").matcher(html);
    while (forms.find()) {
      if (forms.start() > upload && formHtml(html, forms.group(1)).contains("type=\"submit\"")) {
        return forms.group(1);
      }
    }
    throw new IllegalStateException("The share page has no form with a submit button");
  }

  private static final Pattern MESSAGE =
      Pattern.compile(
          "class=\"[^\"]*(?:error|ui-message)[^\"]*\"[^>]*>\\s*([^<\\s][^<]*)<",
          Pattern.CASE_INSENSITIVE);

  /** The page's error messages (at most three), to say why a form was refused. */
  static String messagesIn(String html) {
    List<String> found = new java.util.ArrayList<>();
    Matcher m = MESSAGE.matcher(html);
    while (m.find() && found.size() < 3) {
      found.add(unescape(m.group(1).strip()));
    }
    return found.isEmpty() ? "no message on the page" : String.join("; ", found);
  }

  private static final Pattern RESOURCE_ID =
      Pattern.compile("library/resource\\.xhtml\\?id=(\\d+)");

  /** The id of the first resource page the text links to. */
  static Optional<Long> resourceIdIn(String text) {
    Matcher m = RESOURCE_ID.matcher(text);
    return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  /** The share form's fields as a browser would send them, with a title filled in. */
  static Map<String, String> shareFields(String html, String formId) {
    String formHtml = formHtml(html, formId);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(formHtml);
    while (input.find()) {
      String tag = input.group();
      String name = attribute(NAME, tag);
      String type =
          Optional.ofNullable(attribute(Pattern.compile("\\stype=\"([^\"]*)\""), tag))
              .orElse("text")
              .toLowerCase(Locale.ROOT);
      if (name == null || type.equals("file") || type.equals("submit")) {
        continue;
      }
      String value = Optional.ofNullable(attribute(VALUE, tag)).orElse("");
      switch (type) {
        case "checkbox" -> {
          if (tag.contains("checked")) {
            fields.put(name, value.isEmpty() ? "on" : value);
          }
        }
        case "radio" -> fields.putIfAbsent(name, value);
        default -> fields.put(name, unescape(value));
      }
    }
    Matcher area = TEXTAREA.matcher(formHtml);
    while (area.find()) {
      String name = attribute(NAME, area.group(1));
      if (name != null) {
        fields.put(name, unescape(area.group(2)));
      }
    }
    Matcher select = SELECT.matcher(formHtml);
    while (select.find()) {
      String name = attribute(NAME, select.group(1));
      if (name == null) {
        continue;
      }
      Matcher option = OPTION.matcher(select.group(2));
      String chosen = null;
      while (option.find()) {
        String value = attribute(VALUE, option.group(1));
        if (option.group(1).contains("selected") && value != null && !value.isEmpty()) {
          chosen = value;
          break;
        }
        if (chosen == null && value != null && !value.isEmpty()) {
          chosen = value;
        }
      }
      if (chosen != null) {
        fields.put(name, unescape(chosen));
      }
    }
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String name = field.getKey().toLowerCase(Locale.ROOT);
      if (name.endsWith("title") && field.getValue().isEmpty()) {
        field.setValue("Bench lesson video 500 MiB");
      }
    }
    Matcher button = BUTTON.matcher(formHtml);
    String submit = null;
    while (button.find()) {
      String name = attribute(NAME, button.group());
      if (name != null && button.group().contains("type=\"submit\"")) {
        submit = name;
      }
    }
    if (submit != null) {
      fields.put(submit, submit);
    }
    return fields;
  }

  private Optional<Long> resourceOf(String hex) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT resource_id FROM resource_version WHERE content_id = ? AND number = 1"
                    + " ORDER BY resource_id DESC")) {
      query.setString(1, hex);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  /** A resource shared with the trust by the measuring teacher, version 1 the uploaded file. */
  private long insertResource(String hex) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection db = dataSource.getConnection()) {
      long person;
      long school;
      try (PreparedStatement who =
          db.prepareStatement(
              "SELECT p.id, m.school_id FROM person p JOIN membership m ON m.person_id = p.id"
                  + " WHERE p.email = ? ORDER BY m.id")) {
        who.setString(1, email);
        try (ResultSet row = who.executeQuery()) {
          row.next();
          person = row.getLong(1);
          school = row.getLong(2);
        }
      }
      long id;
      try (PreparedStatement resource =
          db.prepareStatement(
              "INSERT INTO resource (school_id, owner_id, title, description, subject, key_stage,"
                  + " year_groups, resource_type, licence, visibility, tags, state,"
                  + " current_version, created_at, updated_at) VALUES (?, ?, 'Bench lesson video"
                  + " 500 MiB', NULL, 'SCIENCE', 'KS3', '7', 'VIDEO', 'TRUST_INTERNAL', 'TRUST',"
                  + " '', 'ACTIVE', 1, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        resource.setLong(1, school);
        resource.setLong(2, person);
        resource.setTimestamp(3, now);
        resource.setTimestamp(4, now);
        resource.executeUpdate();
        try (ResultSet key = resource.getGeneratedKeys()) {
          key.next();
          id = key.getLong(1);
        }
      }
      try (PreparedStatement text =
          db.prepareStatement(
              "INSERT INTO resource_text (resource_id, search_text) VALUES (?, 'Bench lesson"
                  + " video')")) {
        text.setLong(1, id);
        text.executeUpdate();
      }
      try (PreparedStatement version =
          db.prepareStatement(
              "INSERT INTO resource_version (resource_id, number, content_id, file_name,"
                  + " media_type, size, created_by, created_at, text_state) VALUES (?, 1, ?, ?,"
                  + " ?, ?, ?, ?, 'NONE')")) {
        version.setLong(1, id);
        version.setString(2, hex);
        version.setString(3, FILE_NAME);
        version.setString(4, MEDIA_TYPE);
        version.setLong(5, SIZE);
        version.setLong(6, person);
        version.setTimestamp(7, now);
        version.executeUpdate();
      }
      return id;
    }
  }

  /**
   * Reads the whole download through a 1 MiB buffer, as a browser saving a file does, with {@code
   * HttpURLConnection} (reads from the socket; see {@link #upload}); returns how many bytes came.
   */
  private long download(IntranetClient client, long id) throws IOException {
    HttpURLConnection get =
        (HttpURLConnection)
            server.base().resolve("library/file/" + id + "/1").toURL().openConnection();
    get.setInstanceFollowRedirects(false);
    get.setReadTimeout((int) TimeUnit.MINUTES.toMillis(10));
    get.setRequestProperty("Cookie", client.cookieHeader());
    try {
      if (get.getResponseCode() != 200) {
        throw new IllegalStateException(
            "library/file/" + id + "/1 answered " + get.getResponseCode());
      }
      long read = 0;
      byte[] buffer = new byte[1 << 20];
      try (InputStream in = get.getInputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          read += n;
        }
      }
      return read;
    } finally {
      get.disconnect();
    }
  }

  private long heapUsed() throws IOException, InterruptedException {
    return server.heapUsedAndCommitted()[0];
  }

  /** Samples the server's heap (jcmd) while a transfer runs; its largest sample. */
  private final class HeapSampler implements AutoCloseable {
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    HeapSampler() {
      thread =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    long used = heapUsed();
                    max.accumulateAndGet(used, Math::max);
                    samples.incrementAndGet();
                    Thread.sleep(100);
                  } catch (InterruptedException e) {
                    return;
                  } catch (IOException | RuntimeException e) {
                    return;
                  }
                }
              },
              "bigfile-heap");
      thread.setDaemon(true);
      thread.start();
    }

    long max() {
      return max.get();
    }

    long samples() {
      return samples.get();
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      thread.join(TimeUnit.SECONDS.toMillis(30));
    }
  }

  /**
   * What the share page tells its uploader: the upload address and the session's token (data
   * attributes of the uploader), and the form of the remote command that takes a staged file into
   * the page's list (its id and the form's address).
   */
  record Uploader(String address, String token, String formId, String action, String command) {

    static Uploader of(String html) {
      String address = attribute(UPLOAD_ADDRESS, html);
      String token = attribute(UPLOAD_TOKEN, html);
      if (address == null || token == null) {
        throw new IllegalStateException("library/share.xhtml has no uploader");
      }
      Matcher command = ATTACH_COMMAND.matcher(html);
      if (!command.find()) {
        throw new IllegalStateException("library/share.xhtml has no attachStaged command");
      }
      String formId = command.group(2);
      int at = html.indexOf(formHtml(html, formId));
      String formTag = html.substring(at, html.indexOf('>', at) + 1);
      String action = unescape(Optional.ofNullable(attribute(ACTION, formTag)).orElse(""));
      return new Uploader(
          relative(unescape(address)), unescape(token), formId, relative(action), command.group(1));
    }

    private static String relative(String path) {
      return path.startsWith("/") ? path.substring(1) : path;
    }
  }

  /** The HTML of the form with this id, from its start tag to its end tag. */
  static String formHtml(String html, String formId) {
    int at = html.indexOf("<form id=\"" + formId + "\"");
    if (at < 0) {
      Matcher forms =
          Pattern.compile("<form\\b[^>]*\\sid=\"" + Pattern.quote(formId) + "\"").matcher(html);
      if (!forms.find()) {
        throw new IllegalStateException("No form " + formId);
      }
      at = forms.start();
    }
    int end = html.indexOf("</form>", at);
    return html.substring(at, end < 0 ? html.length() : end);
  }

  private static String attribute(Pattern pattern, String tag) {
    Matcher m = pattern.matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
