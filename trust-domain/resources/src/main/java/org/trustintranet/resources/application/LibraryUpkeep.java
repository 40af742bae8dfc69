package org.trustintranet.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trustintranet.resources.domain.Resource;
import org.trustintranet.resources.domain.ResourceRepository;
import org.trustintranet.resources.domain.ResourceVersion;
import org.trustintranet.resources.domain.StagedUpload;
import org.trustintranet.resources.domain.StoredFile;

/**
 * The library's clean-up, run once per cluster by a timer: uploads staged and never shared (a form
 * left, a server killed), resources withdrawn more than 30 days ago, and their bytes when nothing
 * else uses them; and the reading of words that a stopped server never finished.
 */
@ApplicationScoped
public class LibraryUpkeep {
  public static final String JOB = "resources.upkeep";

  /** A version still waiting this long after its upload lost its background reading. */
  static final Duration LOST_READING = Duration.ofMinutes(2);

  private static final int BATCH = 100;

  @Inject ResourceRepository resources;
  @Inject ResourceServiceImpl service;
  @Inject TextIndexer indexer;
  @Inject Clock clock;

  /** This bean through its proxy, so that each step runs in its own transaction. */
  @Inject LibraryUpkeep self;

  /** Everything due; returns how many uploads and resources were removed. */
  public int runDue() {
    int removed = self.removeLeftUploads() + self.removeWithdrawn();
    for (long versionId : self.lostReadings()) {
      indexer.read(versionId);
    }
    return removed;
  }

  @Transactional
  int removeLeftUploads() {
    List<StagedUpload> left =
        resources.stagedBefore(clock.instant().minus(StagedUpload.KEPT), BATCH);
    List<String> contents = new ArrayList<>();
    for (StagedUpload u : left) {
      resources.removeStaged(u);
      contents.add(u.file().contentId());
    }
    resources.flush();
    contents.stream().distinct().forEach(service::forgetBytes);
    return left.size();
  }

  @Transactional
  int removeWithdrawn() {
    Instant cutoff = clock.instant().minus(Duration.ofDays(Resource.RESTORE_DAYS));
    List<Resource> due = resources.withdrawnBefore(cutoff, BATCH);
    List<String> contents = new ArrayList<>();
    for (Resource r : due) {
      for (ResourceVersion v : resources.versions(r.getId())) {
        v.file().map(StoredFile::contentId).ifPresent(contents::add);
        v.thumbnailId().ifPresent(contents::add);
      }
      resources.remove(r);
    }
    resources.flush();
    contents.stream().distinct().forEach(service::forgetBytes);
    return due.size();
  }

  @Transactional
  List<Long> lostReadings() {
    return resources.pendingText(clock.instant().minus(LOST_READING), BATCH);
  }

  /** For tests: whether a version's words were read. */
  @Transactional
  public Optional<String> textState(long resourceId, int number) {
    return resources.version(resourceId, number).map(v -> v.getTextState().name());
  }
}
