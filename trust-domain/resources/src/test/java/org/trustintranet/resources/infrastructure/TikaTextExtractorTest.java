package org.trustintranet.resources.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.kernel.infrastructure.LocalFileStore;
import org.trustintranet.resources.application.TextExtractor;

class TikaTextExtractorTest {
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final Duration WELL_WITHIN = Duration.ofSeconds(60);

  @TempDir Path root;
  private FileStore files;
  private TikaTextExtractor extractor;

  @BeforeEach
  void start() {
    files = new LocalFileStore(root);
    extractor = new TikaTextExtractor(files, 30);
  }

  @AfterEach
  void stop() {
    extractor.stop();
  }

  @Test
  void readsTheWordsInsideAWordDocument() throws IOException {
    assertContains("photosynthesis", text(Samples.docx("photosynthesis"), DOCX));
  }

  @Test
  void readsTheWordsInsideASpreadsheet() throws IOException {
    assertContains("fractions", text(Samples.xlsx("fractions"), XLSX));
  }

  @Test
  void readsTheWordsInsideSlides() throws IOException {
    assertContains(
        "volcanoes",
        text(
            Samples.pptx("volcanoes"),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation"));
  }

  @Test
  void readsTheWordsInsideOldOfficeFilesAndRtf() throws IOException {
    assertContains("isotopes", text(Samples.xls("isotopes"), "application/vnd.ms-excel"));
    assertContains("glaciers", text(Samples.ppt("glaciers"), "application/vnd.ms-powerpoint"));
    assertContains("sonnets", text(Samples.rtf("sonnets"), "application/rtf"));
  }

  @Test
  void readsTheWordsInsideAPdf() throws IOException {
    assertContains("circuits", text(Samples.pdf("circuits"), "application/pdf"));
  }

  @Test
  void readsTheWordsInsideAnOpenDocument() throws IOException {
    assertContains(
        "meanders", text(Samples.odt("meanders"), "application/vnd.oasis.opendocument.text"));
  }

  @Test
  void readsPlainTextAndCsvWithoutControlCharacters() {
    assertEquals(
        "Glossary: osmosis\nand diffusion",
        text("Glossary:\t  osmosis\u0000\r\n\n\n  and diffusion  ".getBytes(UTF_8), "text/plain")
            .orElseThrow()
            .replace('\t', ' ')
            .replaceAll(" +", " "));
    assertContains("Ada", text("pupil,score\nAda,17\n".getBytes(UTF_8), "text/csv"));
  }

  @Test
  void keepsTheFirstCharactersOfALongText() {
    byte[] longText = "algebra ".repeat(100_000).getBytes(UTF_8);

    String kept = text(longText, "text/plain").orElseThrow();

    assertTrue(kept.startsWith("algebra algebra"));
    assertTrue(kept.length() <= TextExtractor.MAX_CHARACTERS, kept.length() + " characters");
    assertTrue(kept.length() > TextExtractor.MAX_CHARACTERS / 2, kept.length() + " characters");
  }

  @Test
  void boundsASpreadsheetBomb() throws IOException {
    byte[] bomb = Samples.xlsxBomb(3_000_000); // about 200 MB of XML in a few hundred KB

    Optional<String> text = assertTimeoutPreemptively(WELL_WITHIN, () -> text(bomb, XLSX));

    text.ifPresent(
        kept -> assertTrue(kept.length() <= TextExtractor.MAX_CHARACTERS, kept.length() + ""));
  }

  @Test
  void boundsAZipOfZerosPassedOffAsAWordDocument() throws IOException {
    byte[] bomb = Samples.zipOfZeros("word/document.xml", 200);
    assertTrue(bomb.length < 1024 * 1024, bomb.length + " bytes");

    Optional<String> text = assertTimeoutPreemptively(WELL_WITHIN, () -> text(bomb, DOCX));

    text.ifPresent(
        kept -> assertTrue(kept.length() <= TextExtractor.MAX_CHARACTERS, kept.length() + ""));
  }

  @Test
  void givesNothingForAGarbledPdfAndThrowsNothingForATruncatedOne() throws IOException {
    byte[] pdf = Samples.pdf("erosion");
    byte[] garbage = ("%PDF-1.7\n" + "\u0001\u00ff junk ".repeat(500)).getBytes(UTF_8);

    assertEquals(Optional.empty(), text(garbage, "application/pdf"));
    Optional<String> truncated = text(Arrays.copyOf(pdf, pdf.length / 2), "application/pdf");
    truncated.ifPresent(kept -> assertFalse(kept.length() > TextExtractor.MAX_CHARACTERS));
  }

  @Test
  void givesNothingForContentTheStoreDoesNotHold() {
    assertEquals(Optional.empty(), extractor.text(new ContentId("ef".repeat(32)), DOCX));
  }

  @Test
  void readsNoWordsInPicturesFilmsOrRecordings() throws IOException {
    ContentId picture = stored(Samples.png(10, 10));

    assertEquals(Optional.of(""), extractor.text(picture, "image/png"));
    assertEquals(Optional.of(""), extractor.text(picture, "video/mp4"));
    assertEquals(Optional.of(""), extractor.text(picture, "audio/mpeg"));
  }

  @Test
  void givesUpOnAFileThatTakesTooLongAndGoesOnWithTheNext() throws IOException {
    CountDownLatch release = new CountDownLatch(1);
    ContentId slow = stored("never finishes".getBytes(UTF_8));
    ContentId plan = stored(Samples.docx("hydrology"));
    FileStore stalling = new StallingStore(files, slow, release);
    TikaTextExtractor impatient = new TikaTextExtractor(stalling, 1);
    try {
      long started = System.nanoTime();
      Optional<String> given =
          assertTimeoutPreemptively(WELL_WITHIN, () -> impatient.text(slow, "text/plain"));
      long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

      assertEquals(Optional.empty(), given);
      assertTrue(took >= 1000, "waited its time limit: " + took + " ms");
      assertContains(
          "hydrology", assertTimeoutPreemptively(WELL_WITHIN, () -> impatient.text(plan, DOCX)));
    } finally {
      release.countDown();
      impatient.stop();
    }
  }

  @Test
  void refusesATimeLimitOfNothing() {
    assertThrows(IllegalArgumentException.class, () -> new TikaTextExtractor(files, 0));
  }

  @Test
  void sendsTheLibrariesLogsToJavaUtilLoggingAndOnlySevereOnes() {
    assertEquals(
        "org.slf4j.jul.JDK14LoggerFactory",
        org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName(),
        "Tika's and PDFBox's SLF4J (not its silent fallback)");
    assertTrue(
        org.apache.logging.log4j.LogManager.getFactory().getClass().getName().contains(".tojul."),
        "POI's Log4j API (not its fallback to standard error)");
    assertEquals(
        java.util.logging.Level.SEVERE,
        java.util.logging.Logger.getLogger("org.apache.pdfbox").getLevel(),
        "PDFBox's warnings about each broken file are left out");
  }

  @Test
  void tidiesWhatItKeeps() {
    assertEquals("a b\nc", TikaTextExtractor.tidy("  a \u0007  b \n\n\t\nc\uFFFD"));
  }

  private Optional<String> text(byte[] content, String mediaType) {
    return extractor.text(stored(content), mediaType);
  }

  private ContentId stored(byte[] content) {
    return files.store(new ByteArrayInputStream(content), Long.MAX_VALUE).id();
  }

  private static void assertContains(String word, Optional<String> text) {
    assertTrue(text.isPresent(), "no text read");
    assertTrue(text.get().contains(word), "\"" + word + "\" not in: " + text.get());
  }

  /**
   * A store whose one content never finishes reading, whatever the reader does: it ignores its
   * interruption like a parser caught in a loop, until the test ends.
   */
  private static final class StallingStore implements FileStore {
    private final FileStore real;
    private final ContentId stalling;
    private final CountDownLatch release;

    StallingStore(FileStore real, ContentId stalling, CountDownLatch release) {
      this.real = real;
      this.stalling = stalling;
      this.release = release;
    }

    @Override
    public Optional<InputStream> open(ContentId id) {
      if (!id.equals(stalling)) {
        return real.open(id);
      }
      return Optional.of(
          new InputStream() {
            @Override
            public int read() {
              while (release.getCount() > 0) {
                LockSupport.parkNanos(10_000_000L);
              }
              return -1;
            }
          });
    }

    @Override
    public StoredContent store(InputStream in, long maxBytes) {
      return real.store(in, maxBytes);
    }

    @Override
    public boolean exists(ContentId id) {
      return real.exists(id);
    }

    @Override
    public boolean writable() {
      return real.writable();
    }

    @Override
    public long size(ContentId id) {
      return real.size(id);
    }

    @Override
    public void delete(ContentId id) {
      real.delete(id);
    }

    @Override
    public int removeAbandonedUploads(Duration olderThan) {
      return real.removeAbandonedUploads(olderThan);
    }
  }
}
