package org.trustintranet.resources.infrastructure;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Sample files made in the tests, each holding one chosen word: real documents written by POI and
 * PDFBox, and hostile ones built byte by byte.
 */
final class Samples {
  private Samples() {}

  static byte[] docx(String word) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Year 8 lesson plan about " + word + ".");
      document.write(bytes);
      return bytes.toByteArray();
    }
  }

  static byte[] xlsx(String word) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Marks");
      sheet.createRow(0).createCell(0).setCellValue("Topic");
      sheet.createRow(1).createCell(0).setCellValue(word);
      sheet.getRow(1).createCell(1).setCellValue(17);
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  static byte[] pptx(String word) throws IOException {
    try (XMLSlideShow slides = new XMLSlideShow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      XSLFTextBox box = slides.createSlide().createTextBox();
      box.setAnchor(new java.awt.Rectangle(50, 50, 400, 100));
      box.setText("Starter: " + word);
      slides.write(bytes);
      return bytes.toByteArray();
    }
  }

  static byte[] pdf(String word) throws IOException {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        text.newLineAtOffset(72, 700);
        text.showText("Worksheet: " + word);
        text.endText();
      }
      pdf.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** A minimal OpenDocument text: its mimetype entry first and stored, then its content. */
  static byte[] odt(String word) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      entry(
          zip,
          "META-INF/manifest.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
              + " manifest:version=\"1.2\">"
              + "<manifest:file-entry manifest:full-path=\"/\""
              + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
              + "</manifest:manifest>");
      entry(
          zip,
          "content.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<office:document-content"
              + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
              + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
              + "<office:body><office:text><text:p>Scheme of work: "
              + word
              + "</text:p></office:text></office:body></office:document-content>");
    }
    return bytes.toByteArray();
  }

  static byte[] xls(String word) throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      workbook.createSheet("Marks").createRow(0).createCell(0).setCellValue(word);
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  static byte[] ppt(String word) throws IOException {
    try (HSLFSlideShow slides = new HSLFSlideShow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      HSLFTextBox box = slides.createSlide().createTextBox();
      box.setAnchor(new java.awt.Rectangle(50, 50, 400, 100));
      box.setText("Plenary: " + word);
      slides.write(bytes);
      return bytes.toByteArray();
    }
  }

  static byte[] rtf(String word) {
    return ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0\\fs24 Homework: "
            + word
            + "\\par}")
        .getBytes(US_ASCII);
  }

  static byte[] picture(String format, int width, int height) throws IOException {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!ImageIO.write(picture, format, bytes)) {
      throw new IllegalArgumentException("No writer for " + format);
    }
    return bytes.toByteArray();
  }

  /** The first bytes of an MP4 film: an ftyp box of the ISO base media format. */
  static byte[] mp4() {
    ByteBuffer film = ByteBuffer.allocate(64);
    film.putInt(24).put("ftypisom".getBytes(US_ASCII)).putInt(512);
    film.put("isomiso2mp41".getBytes(US_ASCII));
    film.putInt(8).put("free".getBytes(US_ASCII));
    return film.array();
  }

  /** The first bytes of a WebM film: an EBML header naming its document type. */
  static byte[] webm() {
    return new byte[] {
      0x1a,
      0x45,
      (byte) 0xdf,
      (byte) 0xa3,
      (byte) 0x9f,
      0x42,
      (byte) 0x86,
      (byte) 0x81,
      0x01,
      0x42,
      (byte) 0xf7,
      (byte) 0x81,
      0x01,
      0x42,
      (byte) 0xf2,
      (byte) 0x81,
      0x04,
      0x42,
      (byte) 0xf3,
      (byte) 0x81,
      0x08,
      0x42,
      (byte) 0x82,
      (byte) 0x84,
      'w',
      'e',
      'b',
      'm',
      0x42,
      (byte) 0x87,
      (byte) 0x81,
      0x04,
      0x42,
      (byte) 0x85,
      (byte) 0x81,
      0x02,
      0x18,
      0x53,
      (byte) 0x80,
      0x67
    };
  }

  /** The first bytes of an MP3 recording: an ID3 tag, then an MPEG audio frame header. */
  static byte[] mp3() {
    byte[] audio = new byte[600];
    System.arraycopy(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0}, 0, audio, 0, 10);
    for (int frame = 10; frame + 4 < audio.length; frame += 417) {
      audio[frame] = (byte) 0xff;
      audio[frame + 1] = (byte) 0xfb;
      audio[frame + 2] = (byte) 0x90;
      audio[frame + 3] = 0x64;
    }
    return audio;
  }

  static byte[] png(int width, int height) throws IOException {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", bytes);
    return bytes.toByteArray();
  }

  /**
   * The start of a PNG that says it is {@code width} by {@code height} pixels, followed by junk:
   * decoding it would take gigabytes, reading its header a few bytes.
   */
  static byte[] pngClaiming(int width, int height) {
    ByteBuffer header = ByteBuffer.allocate(8 + 25 + 64);
    header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(US_ASCII)).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    header.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    while (header.hasRemaining()) {
      header.put((byte) 7);
    }
    return header.array();
  }

  /** A Windows executable: an MS-DOS header whose offset 0x3C points to a PE signature. */
  static byte[] windowsExecutable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4E, stub.length);
    return exe;
  }

  static byte[] linuxExecutable() {
    byte[] elf = new byte[256];
    System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
    elf[16] = 2; // an executable file
    elf[18] = 0x3e; // x86-64
    return elf;
  }

  static byte[] html() {
    return ("<!DOCTYPE html><html><head><title>Quiz</title></head><body>"
            + "<script>fetch('/steal?c=' + document.cookie)</script><p>Quiz</p></body></html>")
        .getBytes(UTF_8);
  }

  static byte[] svg() {
    return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
            + " height=\"10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>")
        .getBytes(UTF_8);
  }

  static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** A zip whose single entry inflates to {@code megabytes} of zeros from a few hundred KB. */
  static byte[] zipOfZeros(String name, int megabytes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < megabytes; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /**
   * A spreadsheet bomb: a valid .xlsx whose one sheet holds {@code rows} rows of the same text,
   * which compresses a thousandfold.
   */
  static byte[] xlsxBomb(int rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
              + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"Bomb\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
              + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      write(
          zip,
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData>");
      byte[] row =
          "<row><c t=\"inlineStr\"><is><t>boom boom boom boom</t></is></c></row>".getBytes(UTF_8);
      for (int i = 0; i < rows; i++) {
        zip.write(row);
      }
      write(zip, "</sheetData></worksheet>");
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    write(zip, content);
    zip.closeEntry();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(UTF_8));
  }
}
