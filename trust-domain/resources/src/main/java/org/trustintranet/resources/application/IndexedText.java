package org.trustintranet.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.trustintranet.resources.domain.Resource;
import org.trustintranet.resources.domain.ResourceRepository;
import org.trustintranet.resources.domain.ResourceVersion;
import org.trustintranet.resources.domain.StoredFile;
import org.trustintranet.resources.domain.TextState;

/** The short transactions around the background reading of a version's words. */
@ApplicationScoped
@Transactional
public class IndexedText {
  @Inject ResourceRepository resources;
  @Inject ResourceServiceImpl service;

  /** The file of a version still waiting for its words to be read. */
  Optional<StoredFile> pendingFile(long versionId) {
    return resources
        .versionById(versionId)
        .filter(v -> v.getTextState() == TextState.PENDING)
        .flatMap(ResourceVersion::file);
  }

  /** Saves what was read; a current version's words join its resource's search text. */
  void save(long versionId, Optional<String> text, String thumbnail) {
    ResourceVersion version = resources.versionById(versionId).orElse(null);
    if (version == null || version.getTextState() != TextState.PENDING) {
      return;
    }
    if (text.isPresent()) {
      version.textRead(text.get());
    } else {
      version.textFailed();
    }
    if (thumbnail != null) {
      version.thumbnail(thumbnail);
    }
    resources.flush();
    Optional<Resource> resource = resources.find(version.getResourceId());
    if (resource.isPresent() && resource.get().getCurrentVersion() == version.getNumber()) {
      service.reindex(resource.get());
    }
  }
}
