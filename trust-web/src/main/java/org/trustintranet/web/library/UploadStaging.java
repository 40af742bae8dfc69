package org.trustintranet.web.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.resources.application.StagedFile;
import org.trustintranet.web.support.Feedback;

/**
 * A file that arrived at a library page (a new resource's, a new version's), streamed to the
 * service, which checks it and keeps it staged; the container's temporary copy is deleted at once.
 */
final class UploadStaging {
  private static final Logger LOG = Logger.getLogger(UploadStaging.class.getName());

  private UploadStaging() {}

  /** The staged file, or null when the service refused it (its reason shown on the page). */
  static StagedFile stage(ResourceService resources, Feedback feedback, UploadedFile file) {
    try (InputStream in = file.getInputStream()) {
      return feedback.attempt(() -> resources.stage(file.getFileName(), in), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      forget(file);
    }
  }

  /** Deletes the container's temporary copy of an upload at once (the store has the bytes). */
  private static void forget(UploadedFile file) {
    try {
      file.delete();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "temporary upload left to the container", e);
    }
  }
}
