package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.InputValidator;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.kernel.application.UploadedImages;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomPhoto;
import org.trustintranet.rooms.domain.RoomRepository;

/**
 * Room photos through the same checks as the room's page ({@link RoomAccess}): a new image is
 * checked from its bytes before anything is written, and stored only once the rest is accepted.
 * Content a room no longer shows stays in the store: identical bytes may be another's file.
 */
@ApplicationScoped
@Transactional
public class RoomPhotoServiceImpl implements RoomPhotoService {
  private static final UploadedImages.Refusals REFUSALS =
      new UploadedImages.Refusals(NOT_AN_IMAGE, TOO_MANY_PIXELS);

  @Inject RoomRepository rooms;
  @Inject RoomAccess access;
  @Inject CurrentUser currentUser;
  @Inject FileStore files;
  @Inject AuditTrail audit;
  @Inject InputValidator validator;
  @Inject Clock clock;

  @Override
  public PhotoFile photo(long roomId, String contentId) {
    UserProfile me = currentUser.requireSignedIn();
    RoomPhoto photo =
        access
            .visible(me, roomId)
            .photo()
            .filter(p -> p.contentId().equals(contentId))
            .orElseThrow(() -> new NotFoundException(RoomAccess.NOT_FOUND));
    return new PhotoFile(new ContentId(photo.contentId()), photo.mediaType(), photo.size(), files);
  }

  @Override
  public void changePhoto(long roomId, PhotoForm form) {
    UserProfile me = currentUser.requireSignedIn();
    validator.check(form);
    Room room = access.manageable(me, roomId);
    UploadedImages.Image image =
        form.upload() == null
            ? null
            : UploadedImages.inspect(form.upload().bytes(), RoomPhoto.MEDIA_TYPES, REFUSALS);
    if (form.alt() == null) {
      throw new BusinessException(ALT_REQUIRED);
    }
    RoomPhoto photo;
    if (image == null) {
      photo =
          room.photo()
              .orElseThrow(() -> new BusinessException(PHOTO_REQUIRED))
              .describedAs(form.alt());
    } else {
      StoredContent stored;
      try (InputStream in = form.upload().stream()) {
        stored = files.store(in, PhotoUpload.MAX_BYTES);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      photo =
          new RoomPhoto(
              stored.id().sha256Hex(),
              image.mediaType(),
              stored.size(),
              image.width(),
              image.height(),
              form.alt());
    }
    String before = room.photo().map(RoomPhoto::contentId).orElse(null);
    room.showPhoto(photo, clock.instant());
    rooms.flush();
    audit.record(
        "rooms.photo",
        RoomServiceImpl.SUBJECT,
        roomId,
        room.getName(),
        before == null ? null : Map.of("photo", before),
        Map.of("photo", photo.contentId(), "alt", photo.alt()));
  }

  @Override
  public void removePhoto(long roomId) {
    UserProfile me = currentUser.requireSignedIn();
    Room room = access.manageable(me, roomId);
    String before = room.photo().map(RoomPhoto::contentId).orElse(null);
    if (before == null) {
      return;
    }
    room.showPhoto(null, clock.instant());
    rooms.flush();
    audit.record(
        "rooms.photoRemove",
        RoomServiceImpl.SUBJECT,
        roomId,
        room.getName(),
        Map.of("photo", before),
        null);
  }
}
