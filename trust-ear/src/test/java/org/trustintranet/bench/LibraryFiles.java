package org.trustintranet.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The files behind the benchmark library's hundred thousand resources: eight real small files (PDF
 * lesson plans and worksheets, text notes, CSV mark sheets) that the resources share, as the file
 * store keeps shared bytes once. One of them, {@link #MIB_INDEX}, is a PDF of exactly one mebibyte
 * for the "download" scenario. They are written where the kernel's {@code LocalFileStore} looks for
 * them: {@code root/ab/cd/abcd…} after their SHA-256, read-only to their owner.
 */
final class LibraryFiles {
  /** 1 MiB: the size of the download scenario's file. */
  static final int MIB = 1_048_576;

  /** How many files {@link #blobs()} gives. */
  static final int COUNT = 8;

  /** The index of the 1 MiB PDF in {@link #blobs()}. */
  static final int MIB_INDEX = 1;

  /**
   * A stored file: its name as uploaded, its type, its bytes and their SHA-256 (the content id).
   */
  record Blob(String fileName, String mediaType, byte[] bytes, String sha256Hex) {
    long size() {
      return bytes.length;
    }
  }

  private LibraryFiles() {}

  /** The eight files, always the same bytes. */
  static List<Blob> blobs() {
    List<Blob> blobs = new ArrayList<>();
    blobs.add(
        blob(
            "lesson-plan.pdf",
            "application/pdf",
            pdf(
                List.of(
                    "Lesson plan",
                    "Learning objective: to compare fractions with different denominators.",
                    "Starter: fraction walls. Main: paired practice. Plenary: exit ticket."),
                -1)));
    blobs.add(
        blob(
            "worksheet.pdf",
            "application/pdf",
            pdf(
                List.of(
                    "Worksheet",
                    "Answer every question in full sentences.",
                    "Extension: write three questions of your own for a partner."),
                MIB)));
    blobs.add(
        blob(
            "knowledge-organiser.pdf",
            "application/pdf",
            pdf(
                List.of(
                    "Knowledge organiser",
                    "Key vocabulary, dates and diagrams for the unit.",
                    "Use it for retrieval practice at the start of each lesson."),
                -1)));
    blobs.add(
        blob(
            "assessment.pdf",
            "application/pdf",
            pdf(
                List.of(
                    "End of unit assessment",
                    "Section A: recall. Section B: application. Section C: extended answer.",
                    "Mark scheme on the last page."),
                -1)));
    blobs.add(
        blob(
            "teacher-notes.txt",
            "text/plain",
            repeat(
                "Teacher notes. Model the first example, then let pupils work in pairs. Check for"
                    + " misconceptions with mini whiteboards before the independent task.\n",
                24)));
    blobs.add(
        blob(
            "reading-list.txt",
            "text/plain",
            repeat("Suggested reading for the unit, with a short summary of each text.\n", 40)));
    blobs.add(
        blob(
            "mark-sheet.csv",
            "text/csv",
            csv("Pupil,Question 1,Question 2,Question 3,Total", 120)));
    blobs.add(blob("seating-plan.csv", "text/csv", csv("Row,Seat 1,Seat 2,Seat 3,Seat 4", 30)));
    return List.copyOf(blobs);
  }

  /**
   * Writes the files into the store under {@code root} (the intranet's {@code trust.files.dir}),
   * each at the path the store derives from its hash; a file already there is left as it is.
   */
  static void writeInto(Path root, List<Blob> blobs) throws IOException {
    for (Blob blob : blobs) {
      Path file = pathOf(root, blob.sha256Hex());
      if (Files.isRegularFile(file)) {
        continue;
      }
      Files.createDirectories(file.getParent());
      Path part = Files.createTempFile(file.getParent(), "bench-", ".part");
      Files.write(part, blob.bytes());
      Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, EnumSet.of(PosixFilePermission.OWNER_READ));
      }
    }
  }

  /** Where the store keeps content with this hash: {@code root/ab/cd/abcd…}. */
  static Path pathOf(Path root, String sha256Hex) {
    return root.resolve(sha256Hex.substring(0, 2))
        .resolve(sha256Hex.substring(2, 4))
        .resolve(sha256Hex);
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static Blob blob(String name, String type, byte[] bytes) {
    return new Blob(name, type, bytes, sha256Hex(bytes));
  }

  private static byte[] repeat(String line, int times) {
    return line.repeat(times).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] csv(String header, int rows) {
    StringBuilder text = new StringBuilder(header).append('\n');
    for (int i = 1; i <= rows; i++) {
      text.append(
          String.format(
              Locale.ROOT,
              "Pupil %d,%d,%d,%d,%d%n",
              i,
              i % 10,
              (i * 7) % 10,
              (i * 3) % 10,
              i % 10 + (i * 7) % 10 + (i * 3) % 10));
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A one-page PDF (Helvetica text lines) that readers and Apache Tika open; of exactly {@code
   * size} bytes when {@code size} is positive, padded by an unused stream object.
   */
  static byte[] pdf(List<String> lines, int size) {
    if (size <= 0) {
      return pdfWithPadding(lines, -1);
    }
    int padding = 0;
    for (int attempt = 0; attempt < 10; attempt++) {
      byte[] bytes = pdfWithPadding(lines, padding);
      if (bytes.length == size) {
        return bytes;
      }
      padding += size - bytes.length;
      if (padding < 0) {
        break;
      }
    }
    throw new IllegalStateException("Could not make a PDF of exactly " + size + " bytes");
  }

  private static byte[] pdfWithPadding(List<String> lines, int padding) {
    StringBuilder content = new StringBuilder("BT /F1 14 Tf 56 780 Td");
    for (String line : lines) {
      content.append(" (").append(line.replace("(", "[").replace(")", "]")).append(") Tj 0 -22 Td");
    }
    content.append(" ET");
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
    objects.add(stream(content.toString()));
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    if (padding >= 0) {
      StringBuilder fill = new StringBuilder(padding);
      String filler = "% the rest of the page is left for pupils' working\n";
      while (fill.length() < padding) {
        fill.append(filler, 0, Math.min(filler.length(), padding - fill.length()));
      }
      objects.add(stream(fill.toString()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    for (int offset : offsets) {
      table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
    }
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF\n");
    write(out, table.toString());
    return out.toByteArray();
  }

  private static String stream(String data) {
    return "<< /Length "
        + data.getBytes(StandardCharsets.ISO_8859_1).length
        + " >>\nstream\n"
        + data
        + "\nendstream";
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
