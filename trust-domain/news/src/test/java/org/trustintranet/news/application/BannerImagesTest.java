package org.trustintranet.news.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.news.application.BannerImages.BannerImage;

class BannerImagesTest {
  private static byte[] image(String format, int width, int height) {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(new Color(0x2a, 0x6f, 0x97));
    g.fillRect(0, 0, width, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(picture, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String refusal(byte[] bytes) {
    return assertThrows(BusinessException.class, () -> BannerImages.inspect(bytes)).messageKey();
  }

  @Test
  void pngJpegAndGifAreAcceptedWithTheirSize() {
    assertEquals(
        new BannerImage("image/png", 120, 40), BannerImages.inspect(image("png", 120, 40)));
    assertEquals(
        new BannerImage("image/jpeg", 64, 48), BannerImages.inspect(image("jpeg", 64, 48)));
    assertEquals(new BannerImage("image/gif", 30, 20), BannerImages.inspect(image("gif", 30, 20)));
  }

  @Test
  void aLargePictureIsDecodedThinnedOut() {
    assertEquals(
        new BannerImage("image/png", 3000, 2000), BannerImages.inspect(image("png", 3000, 2000)));
  }

  @Test
  void webpIsAcceptedByItsHeader() {
    // a lossless WebP's header: RIFF, length, WEBP, VP8L chunk, signature, 14-bit sides less one
    byte[] webp = new byte[40];
    System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
    webp[4] = 32; // what follows the first 8 bytes
    System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
    webp[16] = 20;
    webp[20] = 0x2f;
    int bits = (200 - 1) | ((100 - 1) << 14);
    webp[21] = (byte) bits;
    webp[22] = (byte) (bits >> 8);
    webp[23] = (byte) (bits >> 16);
    webp[24] = (byte) (bits >> 24);
    assertEquals(new BannerImage("image/webp", 200, 100), BannerImages.inspect(webp));
  }

  @Test
  void svgIsRefused() {
    byte[] svg =
        ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
                + " height=\"10\"><script>alert(1)</script></svg>")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(BannerImages.NOT_AN_IMAGE, refusal(svg));
  }

  @Test
  void htmlNamedPngIsRefused() {
    byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes();
    assertEquals(BannerImages.NOT_AN_IMAGE, refusal(html));
  }

  @Test
  void emptyAndDamagedFilesAreRefused() {
    assertEquals(BannerImages.NOT_AN_IMAGE, refusal(new byte[0]));
    byte[] png = image("png", 100, 100);
    assertEquals(BannerImages.NOT_AN_IMAGE, refusal(Arrays.copyOf(png, 40)));
    byte[] jpeg = image("jpeg", 100, 100);
    assertEquals(BannerImages.NOT_AN_IMAGE, refusal(Arrays.copyOf(jpeg, 3)));
    byte[] fakeWebp = "RIFF\u0010\0\0\0WEBPVP8Xnothing".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(BannerImages.NOT_AN_IMAGE, refusal(fakeWebp));
  }

  @Test
  void aPictureWithTooManyPixelsIsRefusedBeforeItIsDecoded() {
    assertEquals(BannerImages.TOO_MANY_PIXELS, refusal(image("png", BannerImages.MAX_SIDE + 1, 1)));
  }

  @Test
  void anUploadOverTheLimitIsRefused() {
    byte[] big = new byte[BannerUpload.MAX_BYTES + 1];
    assertEquals(
        BannerUpload.TOO_LARGE,
        assertThrows(
                BusinessException.class, () -> BannerUpload.read(new ByteArrayInputStream(big)))
            .messageKey());
    assertEquals(
        BannerUpload.MAX_BYTES, BannerUpload.of(Arrays.copyOf(big, big.length - 1)).getSize());
  }
}
