package org.trustintranet.rooms.application;

import java.io.InputStream;
import java.util.Objects;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.domain.NotFoundException;

/**
 * A room's photo as {@link RoomPhotoService#photo} hands it to someone who may see the room: its
 * content id (which never changes for the same bytes, so a good cache key), its image type and
 * length, and its bytes to stream. Only the service makes one, after its check.
 */
public final class PhotoFile {
  private final ContentId id;
  private final String mediaType;
  private final long size;
  private final FileStore files;

  PhotoFile(ContentId id, String mediaType, long size, FileStore files) {
    this.id = Objects.requireNonNull(id, "id");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.size = size;
    this.files = Objects.requireNonNull(files, "files");
  }

  /** The 64 hex digits of the content's SHA-256. */
  public String contentId() {
    return id.sha256Hex();
  }

  /** One of image/jpeg, image/png, image/webp. */
  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  /**
   * The bytes, for the caller to close.
   *
   * @throws NotFoundException {@link FileStore#NOT_FOUND} when the store lost them
   */
  public InputStream open() {
    return files.open(id).orElseThrow(() -> new NotFoundException(FileStore.NOT_FOUND));
  }
}
