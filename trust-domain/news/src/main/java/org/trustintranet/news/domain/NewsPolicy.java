package org.trustintranet.news.domain;

import java.time.Instant;
import java.util.Set;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may publish where, and who may read, edit and follow up a post. Trust admins and news editors
 * publish to any audience; a school admin publishes only to audiences within the schools they
 * administer; a network's current leads publish to its members (a school admin who does not lead it
 * may not); everybody signed in reads what is aimed at them. The one place these rules are written:
 * the services ask it, and the screens show what the services' answers allow.
 */
public final class NewsPolicy {
  private NewsPolicy() {}

  /** Trust admins and news editors: any audience, the whole trust included. */
  public static boolean publishesAnywhere(UserProfile person) {
    return !person.isAnonymous() && (person.isTrustAdmin() || person.has(TrustRole.NEWS_EDITOR));
  }

  /** True when the person may publish to some audience at all. */
  public static boolean mayPublish(Reader person) {
    return publishesAnywhere(person.profile())
        || !person.profile().schoolsWhere(SchoolRole.SCHOOL_ADMIN).isEmpty()
        || !person.leads().isEmpty();
  }

  /**
   * True when the person may publish (or save a draft) for {@code audience}: to a network's
   * members, its current leads (and those who publish anywhere).
   */
  public static boolean mayPublishTo(Reader person, Audience audience) {
    if (person.isAnonymous()) {
      return false;
    }
    if (publishesAnywhere(person.profile())) {
      return true;
    }
    if (audience.isNetwork()) {
      return person.leads().containsAll(audience.networkIds());
    }
    return audience.withinSchools(person.profile().schoolsWhere(SchoolRole.SCHOOL_ADMIN));
  }

  /** The networks whose members the person may publish to (not those of trust-wide publishers). */
  public static Set<Long> networksToPublishTo(Reader person) {
    return person.leads();
  }

  /** Editing, publishing and archiving a post: whoever may publish to its audience. */
  public static boolean mayEdit(Reader person, Post post) {
    return mayPublishTo(person, post.audience());
  }

  /**
   * A post to its audience while it is visible at {@code now} (published, not past its end date);
   * any post, in any state, to its author and to those who may edit it.
   */
  public static boolean mayRead(Reader person, Post post, Instant now) {
    return isReader(person, post, now) || isAuthor(person, post) || mayEdit(person, post);
  }

  /** Acknowledging a must-read: a reader it is aimed at, while it is visible. */
  public static boolean mayAcknowledge(Reader person, Post post, Instant now) {
    return post.isMustRead() && isReader(person, post, now);
  }

  /** True when the person reads the post as one of its audience (not as its author or editor). */
  public static boolean isReader(Reader person, Post post, Instant now) {
    return post.isVisibleAt(now) && post.audience().admits(person);
  }

  /** Who has acknowledged a must-read, per school: its author and those who may edit it. */
  public static boolean maySeeAcknowledgements(Reader person, Post post) {
    return isAuthor(person, post) || mayEdit(person, post);
  }

  /**
   * True when the post is in the public trust feed at {@code now}: visible, for everyone in the
   * trust, and marked public by its editor. Nobody needs to sign in to read it there.
   */
  public static boolean isInPublicFeed(Post post, Instant now) {
    return post.isVisibleAt(now) && post.isPublicFeed() && post.audience().isEveryone();
  }

  private static boolean isAuthor(Reader person, Post post) {
    return !person.isAnonymous() && post.getAuthorId() == person.personId();
  }
}
