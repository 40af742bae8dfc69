package org.trustintranet.resources.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.resources.application.TextExtractor;
import org.xml.sax.SAXException;

/**
 * Apache Tika reads the words inside a stored file, within four bounds:
 *
 * <ul>
 *   <li>length: at most {@link TextExtractor#MAX_CHARACTERS} are kept; reaching them ends the parse
 *       and keeps what was read, which bounds a huge spreadsheet;
 *   <li>compression: a {@link SecureContentHandler} measures the characters that come out against
 *       the bytes of the file and stops a zip bomb past {@link #MAX_COMPRESSION_RATIO} (POI's own
 *       guard, at its default, refuses Office files whose zip entries inflate more than 100 times);
 *   <li>time: the parse runs on a thread of its own ({@link BoundedRunner}, which says why not the
 *       container's pool) and is given up after {@link #TIMEOUT_SETTING} seconds;
 *   <li>failure: any exception or error, {@link OutOfMemoryError} and {@link StackOverflowError}
 *       included, gives an empty result, never an exception: the file stays downloadable.
 * </ul>
 *
 * Pictures, films and recordings hold no words to read: their text is empty at once.
 */
@ApplicationScoped
public class TikaTextExtractor implements TextExtractor {
  /** The MicroProfile Config setting: the longest one file's reading may take, in seconds. */
  public static final String TIMEOUT_SETTING = "trust.resources.extract-timeout-seconds";

  /** The time limit when {@link #TIMEOUT_SETTING} is not set. */
  public static final String DEFAULT_TIMEOUT_SECONDS = "30";

  /** Characters read before the compression ratio is watched (short texts are never bombs). */
  static final long OUTPUT_THRESHOLD = MAX_CHARACTERS / 2;

  /** Characters out per byte in beyond which the file is taken for a zip bomb. */
  static final long MAX_COMPRESSION_RATIO = 100;

  /** Elements nested deeper than this end the parse (a stack overflow by design). */
  static final int MAX_DEPTH = 100;

  /** Archives inside archives (inside archives...) end the parse past this depth. */
  static final int MAX_PACKAGE_DEPTH = 5;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]|\\uFFFD");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

  private final FileStore files;
  private final Duration timeLimit;
  private final Parser parser;
  private final BoundedRunner runner;

  /** For the container's client proxy only; the proxy hands every call to the real instance. */
  protected TikaTextExtractor() {
    files = null;
    timeLimit = null;
    parser = null;
    runner = null;
  }

  @Inject
  public TikaTextExtractor(
      FileStore files,
      @ConfigProperty(name = TIMEOUT_SETTING, defaultValue = DEFAULT_TIMEOUT_SECONDS)
          int timeoutSeconds) {
    if (timeoutSeconds <= 0) {
      throw new IllegalArgumentException(TIMEOUT_SETTING + " must be positive: " + timeoutSeconds);
    }
    this.runner = new BoundedRunner("text-extraction"); // first: it quietens the libraries' logs
    this.files = files;
    this.timeLimit = Duration.ofSeconds(timeoutSeconds);
    this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
  }

  @Override
  public Optional<String> text(ContentId id, String mediaType) {
    MediaType type = mediaType == null ? null : MediaType.parse(mediaType);
    if (type != null && hasNoWords(type)) {
      return Optional.of("");
    }
    return runner.run(
        () -> read(id, type), timeLimit, () -> "reading the text of " + id + " (" + type + ")");
  }

  @PreDestroy
  void stop() {
    if (runner != null) {
      runner.close();
    }
  }

  private static boolean hasNoWords(MediaType type) {
    return switch (type.getType()) {
      case "image", "video", "audio" -> true;
      default -> false;
    };
  }

  private Optional<String> read(ContentId id, MediaType type)
      throws IOException, SAXException, TikaException {
    Optional<InputStream> stored = files.open(id);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Metadata metadata = new Metadata();
    if (type != null) {
      metadata.set(Metadata.CONTENT_TYPE, type.toString()); // a hint; Tika looks at the bytes
    }
    try (InputStream in = stored.get();
        TemporaryResources temporary = new TemporaryResources()) {
      TikaInputStream tika = TikaInputStream.get(in, temporary, metadata);
      // A copy on disk, removed with the temporary resources: the zip formats need a file to
      // open, and the compression ratio is measured against the whole file's length.
      tika.getPath();
      WriteOutContentHandler text = new WriteOutContentHandler(MAX_CHARACTERS);
      SecureContentHandler guarded = new SecureContentHandler(new BodyContentHandler(text), tika);
      guarded.setOutputThreshold(OUTPUT_THRESHOLD);
      guarded.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
      guarded.setMaximumDepth(MAX_DEPTH);
      guarded.setMaximumPackageEntryDepth(MAX_PACKAGE_DEPTH);
      try {
        parser.parse(tika, guarded, metadata, new ParseContext());
      } catch (SAXException | TikaException | RuntimeException e) {
        if (!WriteLimitReachedException.isWriteLimitReached(e)) {
          if (e instanceof SAXException sax) {
            guarded.throwIfCauseOf(sax); // says "zip bomb" rather than a bare SAX failure
          }
          throw e;
        }
        // the limit was reached: what was read so far is kept
      }
      return Optional.of(tidy(text.toString()));
    }
  }

  /**
   * The text without control characters, runs of spaces or blank lines: the index needs words, and
   * every character kept counts against the limit of the column.
   */
  static String tidy(String text) {
    String clean = CONTROL.matcher(text).replaceAll(" ");
    return clean
        .lines()
        .map(line -> SPACES.matcher(line).replaceAll(" ").strip())
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
