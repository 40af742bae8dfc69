package org.trustintranet.news.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.news.domain.Comment;
import org.trustintranet.news.domain.CommentRepository;
import org.trustintranet.news.domain.Post;

/**
 * Comments and likes on the demo trust's news, so that a newcomer's first post page is alive:
 * written after {@link DemoNewsSeeder} (a later observer priority, the same transaction), on the
 * posts it wrote, found by their titles.
 */
@ApplicationScoped
public class DemoDiscussionSeeder {
  static final String LEARNING = "Learning together: what our schools can teach each other";
  static final String SAFEGUARDING = "Safeguarding: updated policy to read before half term";
  static final String NETWORK = "A new network for early career teachers";
  private static final Logger LOG = Logger.getLogger(DemoDiscussionSeeder.class.getName());

  @PersistenceContext(unitName = "news")
  EntityManager em;

  @Inject CommentRepository comments;
  @Inject Clock clock;

  @Transactional
  void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) DemoTrustSeeded trust) {
    Instant now = clock.instant();
    int written = 0;
    for (Post post : posts(LEARNING)) {
      written +=
          comment(
              post,
              trust.person("teacher"),
              "Our Year 2 reading café started after a visit to Bryn Derw last spring."
                  + " Happy to host anyone who wants to see it on a Thursday morning.",
              now.minus(Duration.ofDays(1)));
      written +=
          comment(
              post,
              trust.person("athro"),
              "Croeso i unrhyw un ymweld â'n dosbarth derbyn. Visitors are welcome in our"
                  + " reception class any Tuesday.",
              now.minus(Duration.ofHours(20)));
      written +=
          comment(
              post,
              trust.person("riverside.admin"),
              "Science would love a visitor or two: paired planning of practicals has halved"
                  + " our set-up time.",
              now.minus(Duration.ofHours(6)));
      like(post, trust, now, "teacher", "staff", "athro", "sian.bowen", "riverside.admin");
    }
    for (Post post : posts(SAFEGUARDING)) {
      written +=
          comment(
              post,
              trust.person("staff"),
              "Is the list of deputy leads also on the staff noticeboard at the lower site?",
              now.minus(Duration.ofHours(4)));
      written +=
          comment(
              post,
              trust.person("school.admin"),
              "Yes: both sites, by the signing-in desk, from Monday.",
              now.minus(Duration.ofHours(3)));
    }
    for (Post post : posts(NETWORK)) {
      like(post, trust, now, "teacher", "athro");
    }
    comments.flush();
    LOG.info("Seeded the demo news's discussions: " + written + " comments");
  }

  private List<Post> posts(String title) {
    return em.createQuery("select p from Post p where p.title = :title", Post.class)
        .setParameter("title", title)
        .getResultList();
  }

  private int comment(Post post, long author, String text, Instant at) {
    comments.add(new Comment(post.getId(), author, text.replace("'", "&#39;"), at));
    return 1;
  }

  private void like(Post post, DemoTrustSeeded trust, Instant now, String... people) {
    for (int i = 0; i < people.length; i++) {
      comments.like(post.getId(), trust.person(people[i]), now.minus(Duration.ofHours(30 - i)));
    }
  }
}
