package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.news.domain.NewsPolicy;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.Reader;

/**
 * Loads a post for a service on behalf of a user, or says no. A post the user may not read is
 * answered exactly as one that does not exist, so that nobody learns which ids hold posts aimed at
 * others.
 */
@ApplicationScoped
class PostAccess {
  @Inject NewsRepository posts;
  @Inject Clock clock;

  /** The post if the user may read it; {@code error.news.notFound} otherwise. */
  Post readable(Reader me, long id) {
    return posts
        .find(id)
        .filter(p -> NewsPolicy.mayRead(me, p, clock.instant()))
        .orElseThrow(() -> new NotFoundException("error.news.notFound"));
  }

  /** The post if the user may edit it (not found if they may not even read it). */
  Post editable(Reader me, long id) {
    Post post = readable(me, id);
    if (!NewsPolicy.mayEdit(me, post)) {
      throw new NotPermittedException();
    }
    return post;
  }
}
