package org.trustintranet.news.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.trustintranet.news.domain.PostRevision;
import org.trustintranet.news.domain.PostRevisionRepository;

/** The posts' edit histories through JPA, read along {@code ix_post_revision_post}. */
@ApplicationScoped
public class JpaPostRevisionRepository implements PostRevisionRepository {
  @PersistenceContext(unitName = "news")
  EntityManager em;

  @Override
  public void add(PostRevision revision) {
    em.persist(revision);
  }

  @Override
  public List<PostRevision> of(long postId) {
    return em.createQuery(
            "select r from PostRevision r where r.postId = :post"
                + " order by r.revisedAt desc, r.id desc",
            PostRevision.class)
        .setParameter("post", postId)
        .getResultList();
  }
}
