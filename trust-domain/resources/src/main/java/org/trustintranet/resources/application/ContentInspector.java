package org.trustintranet.resources.application;

import java.util.Optional;
import org.trustintranet.kernel.application.ContentId;

/**
 * Looks at stored bytes, never at what the browser claimed: the media type detected in them, and
 * whether the library takes that type (the allowed types come from config). Implemented with Apache
 * Tika in the infrastructure.
 */
public interface ContentInspector {
  /** Message key: the bytes are of a type the library does not take; argument: the type. */
  String TYPE_REFUSED = "error.resources.typeRefused";

  /** Message key: an empty file. */
  String EMPTY = "error.resources.emptyFile";

  /**
   * The media type detected in the stored content {@code id} (its name helps only to tell apart
   * types whose bytes look alike, such as CSV and plain text; a name never overrides the bytes).
   *
   * @throws org.trustintranet.kernel.domain.BusinessException {@link #EMPTY} for zero bytes, {@link
   *     #TYPE_REFUSED} for a type not allowed (an executable, HTML, a script), whatever its name
   */
  String allowedType(ContentId id, String fileName);

  /**
   * A small PNG picture of the first page of a PDF or of an image (at most 320 pixels wide), or
   * empty for other types or when the file cannot be drawn (bounded in time and memory).
   */
  Optional<byte[]> thumbnail(ContentId id, String mediaType);
}
