package org.trustintranet.news.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.PostSummary;

/**
 * Posts through JPA. Read marks are written with plain SQL that tolerates a second, simultaneous
 * first read of the same post by the same person ({@code INSERT IGNORE}, which MySQL, MariaDB and
 * the embedded H2 in MySQL mode understand).
 */
@ApplicationScoped
public class JpaNewsRepository implements NewsRepository {
  @PersistenceContext(unitName = "news")
  EntityManager em;

  @Override
  public Optional<Post> find(long id) {
    return Optional.ofNullable(em.find(Post.class, id));
  }

  @Override
  public void add(Post post) {
    em.persist(post);
  }

  @Override
  public void flush() {
    Flushing.flush(em);
  }

  @Override
  public List<PostSummary> feed(Set<String> readerKeys, int offset, int limit) {
    if (readerKeys.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Post.feed", PostSummary.class)
        .setParameter("keys", List.copyOf(readerKeys))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long feedCount(Set<String> readerKeys) {
    if (readerKeys.isEmpty()) {
      return 0;
    }
    return em.createNamedQuery("Post.feedCount", Long.class)
        .setParameter("keys", List.copyOf(readerKeys))
        .getSingleResult();
  }

  @Override
  public void markRead(long postId, long personId, Instant at) {
    em.createNativeQuery(
            "INSERT IGNORE INTO post_read (post_id, person_id, read_at) VALUES (?, ?, ?)")
        .setParameter(1, postId)
        .setParameter(2, personId)
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public boolean acknowledge(long postId, long personId, Instant at) {
    markRead(postId, personId, at);
    return em.createNativeQuery(
                "UPDATE post_read SET acknowledged_at = ?"
                    + " WHERE post_id = ? AND person_id = ? AND acknowledged_at IS NULL")
            .setParameter(1, Timestamp.from(at))
            .setParameter(2, postId)
            .setParameter(3, personId)
            .executeUpdate()
        == 1;
  }

  @Override
  public Set<Long> readAmong(long personId, Collection<Long> postIds) {
    if (postIds.isEmpty()) {
      return Set.of();
    }
    List<Long> ids = List.copyOf(postIds);
    String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
    Query query =
        em.createNativeQuery(
            "SELECT post_id FROM post_read WHERE person_id = ? AND post_id IN (" + marks + ")");
    query.setParameter(1, personId);
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 2, ids.get(i));
    }
    return longs(query.getResultList());
  }

  @Override
  public Optional<Instant> acknowledgedAt(long postId, long personId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT acknowledged_at FROM post_read"
                    + " WHERE post_id = ? AND person_id = ? AND acknowledged_at IS NOT NULL")
            .setParameter(1, postId)
            .setParameter(2, personId)
            .getResultList();
    return rows.stream().findFirst().map(JpaNewsRepository::instant);
  }

  @Override
  public Set<Long> acknowledgedBy(long postId) {
    return longs(
        em.createNativeQuery(
                "SELECT person_id FROM post_read WHERE post_id = ? AND acknowledged_at IS NOT NULL")
            .setParameter(1, postId)
            .getResultList());
  }

  private static Set<Long> longs(List<?> rows) {
    Set<Long> values = new HashSet<>();
    rows.forEach(row -> values.add(((Number) row).longValue()));
    return values;
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return Timestamp.valueOf(l).toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    throw new IllegalStateException("not a time: " + value.getClass().getName());
  }
}
