package org.trustintranet.it.resources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files the library tests upload: a real Word document, and bytes that only pretend. */
public final class SampleFiles {
  private SampleFiles() {}

  /** A .docx whose only paragraph holds {@code text}. */
  public static byte[] word(String text) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start of a Windows executable (MZ header, PE signature), to be named .pdf. */
  public static byte[] executable() {
    byte[] bytes = new byte[1024];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[0x3c] = (byte) 0x80;
    bytes[0x80] = 'P';
    bytes[0x81] = 'E';
    return bytes;
  }

  public static byte[] html() {
    return "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>hi</body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code size} bytes of a repeating pattern, made as they are read (never held in memory). */
  public static InputStream generated(long size) {
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        if (left <= 0) {
          return -1;
        }
        left--;
        return (int) (left % 251);
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        for (int i = 0; i < n; i++) {
          b[off + i] = (byte) ((left - i) % 251);
        }
        left -= n;
        return n;
      }
    };
  }
}
