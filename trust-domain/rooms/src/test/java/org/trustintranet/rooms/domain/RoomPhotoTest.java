package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.application.UploadedImages;
import org.trustintranet.kernel.domain.BusinessException;

/** What a room photo may be: the types found in the bytes, never the file's name. */
class RoomPhotoTest {
  private static final UploadedImages.Refusals REFUSALS =
      new UploadedImages.Refusals("notImage", "tooManyPixels");
  private static final String ID = "a".repeat(64);

  static byte[] image(String format, int width, int height) {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(picture, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static UploadedImages.Image inspect(byte[] bytes) {
    return UploadedImages.inspect(bytes, RoomPhoto.MEDIA_TYPES, REFUSALS);
  }

  private static String refusal(byte[] bytes) {
    return assertThrows(BusinessException.class, () -> inspect(bytes)).messageKey();
  }

  @Test
  void jpegAndPngAreFoundInTheBytes() {
    assertEquals(new UploadedImages.Image("image/jpeg", 40, 30), inspect(image("jpeg", 40, 30)));
    assertEquals(new UploadedImages.Image("image/png", 20, 10), inspect(image("png", 20, 10)));
  }

  @Test
  void webpIsFoundInItsHeader() {
    byte[] webp = new byte[40];
    System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
    webp[4] = 32;
    System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
    webp[16] = 20;
    webp[20] = 0x2f;
    int bits = (64 - 1) | ((48 - 1) << 14);
    webp[21] = (byte) bits;
    webp[22] = (byte) (bits >> 8);
    webp[23] = (byte) (bits >> 16);
    webp[24] = (byte) (bits >> 24);
    assertEquals(new UploadedImages.Image("image/webp", 64, 48), inspect(webp));
  }

  @Test
  void gifSvgTextAndDamagedImagesAreRefused() {
    assertEquals("notImage", refusal(image("gif", 10, 10)));
    assertEquals(
        "notImage",
        refusal(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8)));
    assertEquals("notImage", refusal("hello.jpg".getBytes(StandardCharsets.UTF_8)));
    assertEquals("notImage", refusal(new byte[0]));
    byte[] png = image("png", 20, 10);
    byte[] cut = java.util.Arrays.copyOf(png, 20);
    assertEquals("notImage", refusal(cut));
  }

  @Test
  void aPictureTooLargeIsRefused() {
    assertEquals("tooManyPixels", refusal(image("png", UploadedImages.MAX_SIDE + 1, 1)));
  }

  @Test
  void aPhotoHasAltTextAndAnAcceptedType() {
    assertThrows(
        IllegalArgumentException.class, () -> new RoomPhoto(ID, "image/jpeg", 10, 1, 1, "  "));
    assertThrows(
        IllegalArgumentException.class, () -> new RoomPhoto(ID, "image/gif", 10, 1, 1, "Hall"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RoomPhoto("../etc/passwd", "image/png", 10, 1, 1, "Hall"));
    assertEquals(
        "The hall",
        new RoomPhoto(ID, "image/png", 10, 1, 1, "Hall").describedAs(" The hall ").alt());
  }

  @Test
  void aRoomShowsItsPhotoUntilItIsRemoved() {
    Room room = Rooms.room(1, 1, 10, Sharing.TRUST, false);
    assertEquals(Optional.empty(), room.photo());
    RoomPhoto photo = new RoomPhoto(ID, "image/webp", 10, 4, 3, "The hall");
    room.showPhoto(photo, java.time.Instant.EPOCH);
    assertEquals(Optional.of(photo), room.photo());
    room.showPhoto(null, java.time.Instant.EPOCH);
    assertEquals(Optional.empty(), room.photo());
  }
}
