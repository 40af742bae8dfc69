package org.trustintranet.rooms.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Rooms' photos (JPEG, PNG or WebP up to 5 MB, with alternative text), kept in the file store: seen
 * by whoever may see the room, changed by its managers. The image type is found in the bytes, never
 * taken from the file's name or the browser's claim.
 */
public interface RoomPhotoService {
  /** Message key: the bytes are not a JPEG, PNG or WebP image. */
  String NOT_AN_IMAGE = "error.rooms.photoNotImage";

  /** Message key: a picture too big; arguments: the longest side, megapixels. */
  String TOO_MANY_PIXELS = "error.rooms.photoTooManyPixels";

  /** Message key: a photo needs its alternative text. */
  String ALT_REQUIRED = "error.rooms.photoAltRequired";

  /** Message key: new alternative text for a room without a photo, and no image. */
  String PHOTO_REQUIRED = "error.rooms.photoRequired";

  /**
   * The photo stored as {@code contentId} of room {@code roomId}, for whoever may see the room.
   *
   * @throws org.trustintranet.kernel.domain.NotFoundException {@code error.rooms.notFound} when the
   *     room is not there or not for the caller, or its photo is another (or none)
   */
  PhotoFile photo(long roomId, @NotNull String contentId);

  /**
   * Gives the room the form's new image, or new alternative text for the photo it has; nothing is
   * stored when the image or its text is refused ({@code error.rooms.photoNotImage}, {@code
   * error.rooms.photoTooManyPixels}, {@code error.rooms.photoAltRequired}, {@code
   * error.rooms.photoRequired}).
   */
  void changePhoto(long roomId, @NotNull @Valid PhotoForm form);

  /** The room shows no photo any more. */
  void removePhoto(long roomId);
}
