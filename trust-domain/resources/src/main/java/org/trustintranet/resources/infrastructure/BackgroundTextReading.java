package org.trustintranet.resources.infrastructure;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.trustintranet.resources.application.TextIndexer;

/**
 * Runs the reading of a new version's words on one of the container's own threads ({@link
 * Asynchronous}), outside any transaction (the reading saves what it learnt in short ones of its
 * own). An EJB rather than a managed executor: a task of the executor carries its caller's
 * invocation context, and ending it closed the caller's non-transactional EntityManagers
 * ("Attempting to execute an operation on a closed EntityManager" in the next read of the request).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundTextReading {
  @Inject TextIndexer indexer;

  @Asynchronous
  public void read(long versionId) {
    indexer.read(versionId);
  }
}
