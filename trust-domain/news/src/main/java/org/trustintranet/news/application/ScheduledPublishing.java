package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.PostSnapshot;
import org.trustintranet.news.domain.PostState;

/**
 * The publishing job's work: publishes every scheduled post whose time has come and takes every
 * published post past its end date out of the feed, however many runs were missed (it looks for all
 * that is due, not what fell in one minute). Run once per cluster by the news timer through the
 * kernel's ClusterJobs; each change is in the audit trail and the post's edit history, made by
 * "system". Asks for no user: it only does what editors have already decided, and does nothing when
 * nothing is due.
 */
@ApplicationScoped
public class ScheduledPublishing {
  /** The job's name in the cluster's job claims. */
  public static final String JOB = "news.publishing";

  private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());

  @Inject NewsRepository posts;
  @Inject AuditTrail audit;
  @Inject PostHistory history;
  @Inject Clock clock;

  /**
   * Publishes and expires what is due now, in one transaction.
   *
   * @return how many posts changed
   */
  @Transactional
  public int runDue() {
    Instant now = clock.instant();
    int changed = 0;
    for (Post post : posts.due(now)) {
      PostSnapshot before = post.snapshot();
      boolean published = post.publishIfDue(now);
      boolean expired = published ? post.getState() == PostState.EXPIRED : post.expireIfDue(now);
      if (published) {
        audit.record(
            "news.scheduledPublish",
            NewsServiceImpl.SUBJECT,
            post.getId(),
            post.getTitle(),
            null,
            null);
      }
      if (expired) {
        audit.record(
            "news.expire", NewsServiceImpl.SUBJECT, post.getId(), post.getTitle(), null, null);
      }
      if (published || expired) {
        history.recordBySystem(post, before, now);
        changed++;
      }
    }
    posts.flush();
    if (changed > 0) {
      int count = changed;
      LOG.info(() -> "News publishing job: " + count + " posts published or ended");
    }
    return changed;
  }
}
