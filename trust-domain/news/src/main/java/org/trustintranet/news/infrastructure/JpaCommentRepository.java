package org.trustintranet.news.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.news.domain.Comment;
import org.trustintranet.news.domain.CommentRepository;
import org.trustintranet.news.domain.Discussion;

/**
 * Comments and discussions through JPA; likes with plain SQL that tolerates two simultaneous likes
 * by the same person ({@code INSERT IGNORE}, understood by MySQL, MariaDB and H2 in MySQL mode).
 */
@ApplicationScoped
public class JpaCommentRepository implements CommentRepository {
  @PersistenceContext(unitName = "news")
  EntityManager em;

  @Override
  public Optional<Comment> find(long id) {
    return Optional.ofNullable(em.find(Comment.class, id));
  }

  @Override
  public void add(Comment comment) {
    em.persist(comment);
  }

  @Override
  public List<Comment> ofPost(long postId) {
    return em.createNamedQuery("Comment.ofPost", Comment.class)
        .setParameter("post", postId)
        .getResultList();
  }

  @Override
  public Optional<Discussion> discussion(long postId) {
    return Optional.ofNullable(em.find(Discussion.class, postId));
  }

  @Override
  public void add(Discussion discussion) {
    em.persist(discussion);
  }

  @Override
  public void flush() {
    Flushing.flush(em);
  }

  @Override
  public void like(long postId, long personId, Instant at) {
    em.createNativeQuery(
            "INSERT IGNORE INTO post_like (post_id, person_id, liked_at) VALUES (?, ?, ?)")
        .setParameter(1, postId)
        .setParameter(2, personId)
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void unlike(long postId, long personId) {
    em.createNativeQuery("DELETE FROM post_like WHERE post_id = ? AND person_id = ?")
        .setParameter(1, postId)
        .setParameter(2, personId)
        .executeUpdate();
  }

  @Override
  public List<Long> likers(long postId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT person_id FROM post_like WHERE post_id = ? ORDER BY liked_at, person_id")
            .setParameter(1, postId)
            .getResultList();
    return rows.stream().map(row -> ((Number) row).longValue()).toList();
  }
}
