package org.trustintranet.rooms.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Rooms' photos (JPEG, PNG or WebP up to 5 MB, with alternative text), kept in the file store: seen
 * by whoever may see the room, changed by its managers. The image type is found in the bytes, never
 * taken from the file's name or the browser's claim.
 */
public interface RoomPhotoService {
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
