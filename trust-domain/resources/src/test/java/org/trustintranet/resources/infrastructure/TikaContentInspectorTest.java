package org.trustintranet.resources.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.infrastructure.LocalFileStore;
import org.trustintranet.resources.application.ContentInspector;

class TikaContentInspectorTest {
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir java.nio.file.Path root;
  private FileStore files;
  private TikaContentInspector inspector;

  @BeforeEach
  void start() {
    files = new LocalFileStore(root);
    inspector = new TikaContentInspector(files, TikaContentInspector.DEFAULT_ALLOWED_TYPES);
  }

  @AfterEach
  void stop() {
    inspector.stop();
  }

  @Test
  void findsOfficeFilesInsideTheirZipContainers() throws IOException {
    assertEquals(DOCX, inspector.allowedType(stored(Samples.docx("photosynthesis")), "plan.docx"));
    assertEquals(XLSX, inspector.allowedType(stored(Samples.xlsx("fractions")), "marks.xlsx"));
    assertEquals(PPTX, inspector.allowedType(stored(Samples.pptx("volcanoes")), "starter.pptx"));
    assertEquals(
        "application/vnd.oasis.opendocument.text",
        inspector.allowedType(stored(Samples.odt("rivers")), "scheme.odt"));
  }

  @Test
  void findsTheOtherTypesTheLibraryTakes() throws IOException {
    assertEquals("application/vnd.ms-excel", typeOf(Samples.xls("fractions"), "marks.xls"));
    assertEquals("application/vnd.ms-powerpoint", typeOf(Samples.ppt("volcanoes"), "plenary.ppt"));
    assertEquals("application/rtf", typeOf(Samples.rtf("rivers"), "homework.rtf"));
    assertEquals("image/jpeg", typeOf(Samples.picture("jpeg", 20, 10), "photo.jpeg"));
    assertEquals("image/gif", typeOf(Samples.picture("gif", 20, 10), "diagram.gif"));
    assertEquals("video/mp4", typeOf(Samples.mp4(), "experiment.mp4"));
    assertEquals("refused: [video/quicktime]", typeOf(Samples.mp4(), "experiment.mov"));
    assertEquals("video/webm", typeOf(Samples.webm(), "experiment.webm"));
    assertEquals("audio/mpeg", typeOf(Samples.mp3(), "song.mp3"));
  }

  @Test
  void findsTheTypeInTheBytesWhateverTheName() throws IOException {
    assertEquals(DOCX, inspector.allowedType(stored(Samples.docx("tundra")), "plan.pdf"));
    assertEquals(DOCX, inspector.allowedType(stored(Samples.docx("tundra")), null));
    assertEquals("application/pdf", inspector.allowedType(stored(Samples.pdf("x")), "sheet.txt"));
    assertEquals("image/png", inspector.allowedType(stored(Samples.png(40, 30)), "photo.jpg"));
  }

  @Test
  void tellsCsvFromPlainTextByTheName() {
    ContentId table = stored("pupil,score\nAda,17\nAlan,15\n".getBytes(UTF_8));

    assertEquals("text/csv", inspector.allowedType(table, "scores.csv"));
    assertEquals("text/plain", inspector.allowedType(table, "scores.txt"));
    assertEquals("text/plain", inspector.allowedType(table, "scores"));
    assertEquals("text/plain", inspector.allowedType(table, "scores.pdf"), "a name never adds");
  }

  @Test
  void refusesAnExecutableRenamedAsADocument() {
    assertRefused(Samples.windowsExecutable(), "worksheet.pdf");
    assertRefused(Samples.linuxExecutable(), "worksheet.pdf");
    assertRefused("#!/bin/sh\nrm -rf ~\n".getBytes(UTF_8), "notes.txt");
  }

  @Test
  void refusesAWebPageRenamedAsAWordDocument() {
    String refusedType = assertRefused(Samples.html(), "lesson.docx");

    assertEquals("text/html", refusedType);
  }

  @Test
  void refusesSvgForTheScriptsItMayCarry() {
    assertRefused(Samples.svg(), "diagram.svg");
    assertRefused(Samples.svg(), "diagram.png");
  }

  @Test
  void refusesAPlainZipEvenNamedAsAWordDocument() throws IOException {
    byte[] zip = Samples.zip("notes.txt", "not a document".getBytes(UTF_8));

    assertEquals("application/zip", assertRefused(zip, "lesson.docx"));
    assertEquals("application/zip", assertRefused(zip, "lesson.zip"));
  }

  @Test
  void refusesAnEmptyFile() {
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> inspector.allowedType(stored(new byte[0]), "a.pdf"));

    assertEquals(ContentInspector.EMPTY, refused.messageKey());
  }

  @Test
  void refusesContentTheStoreDoesNotHold() {
    ContentId missing = new ContentId("ab".repeat(32));

    assertThrows(NotFoundException.class, () -> inspector.allowedType(missing, "a.pdf"));
  }

  @Test
  void takesOnlyTheConfiguredTypes() throws IOException {
    TikaContentInspector pdfOnly =
        new TikaContentInspector(files, " application/x-pdf , text/rtf,,application/pdf");
    try {
      assertEquals(Set.of("application/pdf", "application/rtf"), pdfOnly.allowedTypes());
      assertEquals("application/pdf", pdfOnly.allowedType(stored(Samples.pdf("x")), "a.pdf"));
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () -> pdfOnly.allowedType(stored(Samples.docx("x")), "a.docx"));
      assertEquals(ContentInspector.TYPE_REFUSED, refused.messageKey());
      assertArrayEquals(new Object[] {DOCX}, refused.arguments());
    } finally {
      pdfOnly.stop();
    }
  }

  @Test
  void refusesAMisspeltSetting() {
    assertThrows(
        IllegalArgumentException.class, () -> new TikaContentInspector(files, "application/pdf,?"));
    assertThrows(
        IllegalArgumentException.class, () -> new TikaContentInspector(files, "image/jpg"));
  }

  @Test
  void listsTheDefaultTypesByTheirCanonicalNames() {
    assertEquals(
        Arrays.stream(TikaContentInspector.DEFAULT_ALLOWED_TYPES.split(",")).toList(),
        inspector.allowedTypes().stream().toList());
  }

  @Test
  void drawsTheFirstPageOfAPdfSmall() throws IOException {
    BufferedImage thumbnail = thumbnailOf(stored(Samples.pdf("circuits")), "application/pdf");

    assertEquals(TikaContentInspector.THUMBNAIL_WIDTH, thumbnail.getWidth());
    assertTrue(thumbnail.getHeight() > thumbnail.getWidth(), "an A4 page stands upright");
  }

  @Test
  void makesAPictureSmallAndLeavesASmallOneAsItIs() throws IOException {
    BufferedImage large = thumbnailOf(stored(Samples.png(1600, 900)), "image/png");
    assertEquals(320, large.getWidth());
    assertEquals(180, large.getHeight());

    BufferedImage small = thumbnailOf(stored(Samples.png(100, 60)), "image/png");
    assertEquals(100, small.getWidth());
    assertEquals(60, small.getHeight());
  }

  @Test
  void neverDecodesAPictureOfTooManyPixels() {
    ContentId huge = stored(Samples.pngClaiming(20_000, 20_000));

    assertEquals(
        Optional.empty(),
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> inspector.thumbnail(huge, "image/png")));
  }

  @Test
  void drawsNothingForOtherTypesOrBrokenFiles() throws IOException {
    assertEquals(Optional.empty(), inspector.thumbnail(stored(Samples.docx("x")), DOCX));
    assertEquals(Optional.empty(), inspector.thumbnail(stored(Samples.png(10, 10)), null));
    assertEquals(
        Optional.empty(),
        inspector.thumbnail(stored("%PDF-1.7\n garbage".getBytes(UTF_8)), "application/pdf"));
    assertEquals(Optional.empty(), inspector.thumbnail(stored(Samples.html()), "image/jpeg"));
    assertEquals(
        Optional.empty(), inspector.thumbnail(new ContentId("cd".repeat(32)), "application/pdf"));
  }

  /** The type taken, or "refused: " and the type refused. */
  private String typeOf(byte[] content, String name) {
    try {
      return inspector.allowedType(stored(content), name);
    } catch (BusinessException refused) {
      return "refused: " + Arrays.toString(refused.arguments());
    }
  }

  private String assertRefused(byte[] content, String name) {
    BusinessException refused =
        assertThrows(BusinessException.class, () -> inspector.allowedType(stored(content), name));
    assertEquals(ContentInspector.TYPE_REFUSED, refused.messageKey());
    assertEquals(1, refused.arguments().length);
    return (String) refused.arguments()[0];
  }

  private BufferedImage thumbnailOf(ContentId id, String type) throws IOException {
    byte[] png = inspector.thumbnail(id, type).orElseThrow();
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private ContentId stored(byte[] content) {
    return files.store(new ByteArrayInputStream(content), Long.MAX_VALUE).id();
  }
}
