package org.trustintranet.news.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.kernel.application.FullTextSql;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.PostFilter;
import org.trustintranet.news.domain.PostState;
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

  /** Which database this is (asked once) and its full-text SQL. */
  private final FullTextSql fullText = new FullTextSql();

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

  /**
   * The feed's conditions; the filter adds fixed clauses only, its values are parameters. The
   * audience and tag tests are correlated EXISTS, so that the database walks the published posts
   * newest first along {@code ix_post_feed_order} and stops at the page's last row, probing each
   * post's keys by primary key, instead of gathering every matching post and sorting them all.
   */
  private static String feedWhere(PostFilter filter, boolean publicOnly) {
    StringBuilder where =
        new StringBuilder(
            " from Post p where p.state = org.trustintranet.news.domain.PostState.PUBLISHED"
                + " and (p.expiresAt is null or p.expiresAt > :now)"
                + " and exists (select q.id from Post q join q.audienceKeys k"
                + " where q.id = p.id and k in :keys)");
    if (filter.tag() != null) {
      where.append(
          " and exists (select t.id from Post t join t.tags g where t.id = p.id and g = :tag)");
    }
    if (filter.authorId() != null) {
      where.append(" and p.authorId = :author");
    }
    if (publicOnly) {
      where.append(" and p.publicFeed = true");
    }
    return where.toString();
  }

  private static <Q extends jakarta.persistence.TypedQuery<?>> Q bind(
      Q query, Set<String> keys, PostFilter filter, Instant now) {
    query.setParameter("keys", List.copyOf(keys));
    query.setParameter("now", now);
    if (filter.tag() != null) {
      query.setParameter("tag", filter.tag());
    }
    if (filter.authorId() != null) {
      query.setParameter("author", filter.authorId());
    }
    return query;
  }

  @Override
  public List<PostSummary> feed(
      Set<String> readerKeys, PostFilter filter, Instant now, int offset, int limit) {
    if (readerKeys.isEmpty()) {
      return List.of();
    }
    String jpql =
        "select new org.trustintranet.news.domain.PostSummary(p.id, p.title, p.summary,"
            + " p.authorId, p.pinned, p.mustRead, p.publishedAt)"
            + feedWhere(filter, false)
            // p.state first, though the where clause fixes it: only an order by that begins with
            // the index's first column lets H2 walk ix_post_feed_order and stop at the page (on
            // the benchmark trust 0.5 ms instead of 50 ms a query); MySQL and MariaDB ignore it
            + " order by p.state, p.pinned desc, p.publishedAt desc, p.id desc";
    return bind(em.createQuery(jpql, PostSummary.class), readerKeys, filter, now)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The feed's visibility rule ({@link #feedWhere}) in SQL, for the search, which needs each
   * database's own full-text syntax and so cannot be JPQL: published, not past its end at the given
   * time, and an audience key among the reader's. Parameters: the time, then the keys.
   */
  private static String visibleSql(int keys) {
    return " p.state = '"
        + PostState.PUBLISHED.name()
        + "' AND (p.expires_at IS NULL OR p.expires_at > ?)"
        + " AND EXISTS (SELECT 1 FROM post_audience a WHERE a.post_id = p.id"
        + " AND a.audience_key IN ("
        + String.join(", ", Collections.nCopies(keys, "?"))
        + "))";
  }

  private static final String SUMMARY_COLUMNS =
      "p.id, p.title, p.summary, p.author_id, p.pinned, p.must_read, p.published_at";

  /**
   * MySQL/MariaDB: the InnoDB FULLTEXT index ft_post_search, in natural language mode (boolean
   * operators mean nothing there, and the query holds none anyway), ranked by its relevance. H2:
   * the built-in full-text index (migration V7): every post holding all the words ({@link
   * FullTextSql#h2RowsWithAllWords}), without a rank, newest first.
   */
  @Override
  public List<PostSummary> search(
      Set<String> readerKeys, SearchQuery query, Instant now, int offset, int limit) {
    if (readerKeys.isEmpty() || query.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>();
    String sql;
    if (fullText.onH2(em)) {
      List<String> words = FullTextSql.h2Words(query);
      sql =
          "SELECT "
              + SUMMARY_COLUMNS
              + " FROM post p WHERE p.id IN ("
              + FullTextSql.h2RowsWithAllWords("post", words.size())
              + ") AND"
              + visibleSql(readerKeys.size())
              + " ORDER BY p.published_at DESC, p.id DESC LIMIT ? OFFSET ?";
      parameters.addAll(words);
      parameters.add(words.size());
    } else {
      sql =
          "SELECT "
              + SUMMARY_COLUMNS
              + ", MATCH (p.search_text) AGAINST (? IN NATURAL LANGUAGE MODE) AS score"
              + " FROM post p WHERE MATCH (p.search_text) AGAINST (? IN NATURAL LANGUAGE MODE) AND"
              + visibleSql(readerKeys.size())
              + " ORDER BY score DESC, p.published_at DESC, p.id DESC LIMIT ? OFFSET ?";
      parameters.add(query.text());
      parameters.add(query.text());
    }
    parameters.add(Timestamp.from(now));
    parameters.addAll(readerKeys);
    parameters.add(limit);
    parameters.add(offset);
    Query search = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      search.setParameter(i + 1, parameters.get(i));
    }
    List<PostSummary> rows = new ArrayList<>();
    for (Object row : search.getResultList()) {
      Object[] cells = (Object[]) row;
      rows.add(
          new PostSummary(
              ((Number) cells[0]).longValue(),
              (String) cells[1],
              (String) cells[2],
              ((Number) cells[3]).longValue(),
              bool(cells[4]),
              bool(cells[5]),
              cells[6] == null ? null : instant(cells[6])));
    }
    return rows;
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  @Override
  public List<PostSummary> sharingTags(
      Set<String> readerKeys, Collection<String> tags, long excludedId, Instant now, int limit) {
    if (readerKeys.isEmpty() || tags.isEmpty()) {
      return List.of();
    }
    String jpql =
        "select new org.trustintranet.news.domain.PostSummary(p.id, p.title, p.summary,"
            + " p.authorId, p.pinned, p.mustRead, p.publishedAt)"
            + feedWhere(PostFilter.NONE, false)
            + " and p.id <> :excluded"
            + " and exists (select t.id from Post t join t.tags g where t.id = p.id and g in :tags)"
            + " order by p.state, p.pinned desc, p.publishedAt desc, p.id desc";
    return bind(em.createQuery(jpql, PostSummary.class), readerKeys, PostFilter.NONE, now)
        .setParameter("excluded", excludedId)
        .setParameter("tags", List.copyOf(tags))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Post> latest(Set<String> readerKeys, boolean publicOnly, Instant now, int limit) {
    if (readerKeys.isEmpty()) {
      return List.of();
    }
    String jpql =
        "select p"
            + feedWhere(PostFilter.NONE, publicOnly)
            + " order by p.publishedAt desc, p.id desc";
    return bind(em.createQuery(jpql, Post.class), readerKeys, PostFilter.NONE, now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Map<Long, List<String>> tagsOf(Collection<Long> postIds) {
    if (postIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "select p.id, g from Post p join p.tags g where p.id in :ids order by g",
                Object[].class)
            .setParameter("ids", List.copyOf(postIds))
            .getResultList();
    Map<Long, List<String>> tags = new HashMap<>();
    for (Object[] row : rows) {
      tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
    }
    return tags;
  }

  @Override
  public List<Post> due(Instant now) {
    return em.createNamedQuery("Post.due", Post.class).setParameter("now", now).getResultList();
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
  public Map<Long, Instant> acknowledgementsOf(long postId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT person_id, acknowledged_at FROM post_read"
                    + " WHERE post_id = ? AND acknowledged_at IS NOT NULL")
            .setParameter(1, postId)
            .getResultList();
    Map<Long, Instant> times = new HashMap<>();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      times.put(((Number) cells[0]).longValue(), instant(cells[1]));
    }
    return times;
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
