package org.trustintranet.resources.application;

import java.util.Optional;
import org.trustintranet.kernel.application.ContentId;

/**
 * Reads the words inside a stored file (PDF, Word, PowerPoint, Excel, OpenDocument, plain text) for
 * the search, bounded in time, in memory and in the length of text kept, so that a malformed or
 * hostile file (a zip bomb, a huge spreadsheet) cannot hang or exhaust the server. Implemented with
 * Apache Tika in the infrastructure; called by the background job, never during an upload.
 */
public interface TextExtractor {
  /** The most characters of inner text kept for the index. */
  int MAX_CHARACTERS = 200_000;

  /**
   * The text inside the file (possibly empty), or empty when it could not be read in time or
   * memory, or is malformed: the file stays downloadable, found by its metadata only.
   */
  Optional<String> text(ContentId id, String mediaType);
}
