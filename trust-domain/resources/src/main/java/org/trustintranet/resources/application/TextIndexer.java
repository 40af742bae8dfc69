package org.trustintranet.resources.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.resources.domain.StoredFile;

/**
 * Reads the words inside a new version's file, and draws its thumbnail, in the background once the
 * upload's transaction committed: the upload returns at once, and the resource is findable by its
 * words a few seconds later. The reading runs outside any transaction (it may take up to the
 * extractor's time limit); what it learnt is saved in a short one ({@link IndexedText}). A version
 * whose reading was lost (the server stopped) is picked up by the library's clean-up job.
 */
@ApplicationScoped
public class TextIndexer {
  private static final Logger LOG = Logger.getLogger(TextIndexer.class.getName());
  private static final int THUMBNAIL_MAX_BYTES = 2 * 1024 * 1024;

  @Resource ManagedExecutorService executor;
  @Inject IndexedText indexed;
  @Inject TextExtractor extractor;
  @Inject ContentInspector inspector;
  @Inject FileStore files;

  void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionStored event) {
    try {
      executor.execute(() -> read(event.versionId()));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.WARNING, "Version " + event.versionId() + " waits for the clean-up job", e);
    }
  }

  /** Reads version {@code versionId}'s words and thumbnail, and saves them. */
  public void read(long versionId) {
    try {
      Optional<StoredFile> file = indexed.pendingFile(versionId);
      if (file.isEmpty()) {
        return;
      }
      ContentId content = new ContentId(file.get().contentId());
      Optional<String> text = extractor.text(content, file.get().mediaType());
      String thumbnail = null;
      Optional<byte[]> png = inspector.thumbnail(content, file.get().mediaType());
      if (png.isPresent()) {
        StoredContent stored =
            files.store(new java.io.ByteArrayInputStream(png.get()), THUMBNAIL_MAX_BYTES);
        thumbnail = stored.id().sha256Hex();
      }
      indexed.save(versionId, text, thumbnail);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the words of version " + versionId, e);
    }
  }
}
