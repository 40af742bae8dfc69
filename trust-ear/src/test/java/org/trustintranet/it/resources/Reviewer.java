package org.trustintranet.it.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.resources.application.ResourceReviewService;
import org.trustintranet.resources.application.ResourceService;

/**
 * Rates a resource or adds a version to it as a person from a thread of a test's own pool, as a
 * request would: with a request context of its own (the current user is request-scoped), acting as
 * that person.
 */
@ApplicationScoped
public class Reviewer {
  @Inject ResourceReviewService reviews;
  @Inject ResourceService library;
  @Inject CurrentUser currentUser;

  @ActivateRequestContext
  public void rateAs(long personId, long resourceId, int stars) {
    TestCallerIdentity.actAs(personId);
    try {
      currentUser.refresh();
      reviews.rate(resourceId, stars, "Rated " + stars);
    } finally {
      TestCallerIdentity.actAs(null);
    }
  }

  @ActivateRequestContext
  public int addVersionAs(long personId, long resourceId, long stagedId) {
    TestCallerIdentity.actAs(personId);
    try {
      currentUser.refresh();
      return library.addVersion(resourceId, stagedId, "Version from upload " + stagedId);
    } finally {
      TestCallerIdentity.actAs(null);
    }
  }
}
