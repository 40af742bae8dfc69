package org.trustintranet.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.resources.application.VersionStored;

/**
 * Once the transaction that stored a version commits, hands the reading of its words to the
 * background ({@link BackgroundTextReading}); if that fails, the library's upkeep reads them a few
 * minutes later.
 */
@ApplicationScoped
public class VersionStoredListener {
  private static final Logger LOG = Logger.getLogger(VersionStoredListener.class.getName());

  @Inject BackgroundTextReading reading;

  void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionStored event) {
    try {
      reading.read(event.versionId());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Version " + event.versionId() + " waits for the upkeep", e);
    }
  }
}
