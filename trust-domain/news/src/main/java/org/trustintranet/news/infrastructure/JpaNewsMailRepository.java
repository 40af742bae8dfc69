package org.trustintranet.news.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trustintranet.news.domain.DigestFrequency;
import org.trustintranet.news.domain.DigestSubscription;
import org.trustintranet.news.domain.NewsMailRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.PostState;
import org.trustintranet.news.domain.Reminder;

/** Digest choices and reminders through JPA. */
@ApplicationScoped
public class JpaNewsMailRepository implements NewsMailRepository {
  @PersistenceContext(unitName = "news")
  EntityManager em;

  @Override
  public Optional<DigestSubscription> subscription(long personId) {
    return Optional.ofNullable(em.find(DigestSubscription.class, personId));
  }

  @Override
  public Optional<DigestSubscription> subscriptionByToken(String token) {
    return em.createQuery(
            "select d from DigestSubscription d where d.token = :token", DigestSubscription.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(DigestSubscription subscription) {
    em.persist(subscription);
  }

  @Override
  public List<DigestSubscription> subscribers() {
    return em.createQuery(
            "select d from DigestSubscription d where d.frequency <> :none order by d.personId",
            DigestSubscription.class)
        .setParameter("none", DigestFrequency.NONE)
        .getResultList();
  }

  @Override
  public List<Post> publishedBetween(Instant from, Instant to) {
    return em.createQuery(
            "select p from Post p where p.state = :published"
                + " and p.publishedAt >= :from and p.publishedAt <= :to"
                + " order by p.publishedAt desc, p.id desc",
            Post.class)
        .setParameter("published", PostState.PUBLISHED)
        .setParameter("from", from)
        .setParameter("to", to)
        // every post's audience in one more statement, not one per post
        .setHint("eclipselink.batch", "p.audienceKeys")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  @Override
  public Optional<Reminder> lastReminder(long postId) {
    return em.createQuery(
            "select r from Reminder r where r.postId = :post order by r.sentAt desc, r.id desc",
            Reminder.class)
        .setParameter("post", postId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Reminder reminder) {
    em.persist(reminder);
  }
}
