package org.trustintranet.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.application.FullTextSql;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ProblemReport;
import org.trustintranet.resources.domain.Rating;
import org.trustintranet.resources.domain.Resource;
import org.trustintranet.resources.domain.ResourceQuery;
import org.trustintranet.resources.domain.ResourceRepository;
import org.trustintranet.resources.domain.ResourceRow;
import org.trustintranet.resources.domain.ResourceState;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.ResourceVersion;
import org.trustintranet.resources.domain.SearchHit;
import org.trustintranet.resources.domain.StagedUpload;
import org.trustintranet.resources.domain.Subject;
import org.trustintranet.resources.domain.TextState;

/**
 * The resource library in JPA, and its search in SQL: the words through each database's full-text
 * index over {@code resource_text} (MySQL/MariaDB: InnoDB FULLTEXT in boolean mode, every word
 * required, ranked by relevance; H2: its FT tables, every word required, as news does), the filters
 * and the reader's scope on {@code resource}'s indexed columns, and each facet counted by one
 * grouped query over the same rows.
 */
@ApplicationScoped
public class JpaResourceRepository implements ResourceRepository {
  @PersistenceContext(unitName = "resources")
  EntityManager em;

  /** Which database this is (asked once) and its full-text SQL. */
  private final FullTextSql fullText = new FullTextSql();

  @Override
  public Resource add(Resource resource) {
    em.persist(resource);
    return resource;
  }

  @Override
  public Optional<Resource> find(long id) {
    return Optional.ofNullable(em.find(Resource.class, id));
  }

  @Override
  public Optional<Resource> lock(long id) {
    return Optional.ofNullable(em.find(Resource.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public ResourceVersion addVersion(ResourceVersion version) {
    em.persist(version);
    return version;
  }

  @Override
  public List<ResourceVersion> versions(long resourceId) {
    return em.createQuery(
            "select v from ResourceVersion v where v.resourceId = :r order by v.number desc",
            ResourceVersion.class)
        .setParameter("r", resourceId)
        .getResultList();
  }

  @Override
  public Optional<ResourceVersion> version(long resourceId, int number) {
    return em.createQuery(
            "select v from ResourceVersion v where v.resourceId = :r and v.number = :n",
            ResourceVersion.class)
        .setParameter("r", resourceId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ResourceVersion> versionById(long versionId) {
    return Optional.ofNullable(em.find(ResourceVersion.class, versionId));
  }

  @Override
  public void index(long resourceId, String searchText) {
    int updated =
        em.createNativeQuery("UPDATE resource_text SET search_text = ? WHERE resource_id = ?")
            .setParameter(1, searchText)
            .setParameter(2, resourceId)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery("INSERT INTO resource_text (resource_id, search_text) VALUES (?, ?)")
          .setParameter(1, resourceId)
          .setParameter(2, searchText)
          .executeUpdate();
    }
  }

  @Override
  public void countDownload(long resourceId) {
    em.createNativeQuery("UPDATE resource SET downloads = downloads + 1 WHERE id = ?")
        .setParameter(1, resourceId)
        .executeUpdate();
  }

  @Override
  public Optional<Rating> rating(long resourceId, long personId) {
    return Optional.ofNullable(em.find(Rating.class, new Rating.Key(resourceId, personId)));
  }

  @Override
  public void addRating(Rating rating) {
    em.persist(rating);
  }

  @Override
  public void removeRating(Rating rating) {
    em.remove(rating);
  }

  @Override
  public int[] ratingTotals(long resourceId) {
    Object[] row =
        em.createQuery(
                "select count(r), coalesce(sum(r.stars), 0) from Rating r where r.resourceId = :r",
                Object[].class)
            .setParameter("r", resourceId)
            .getSingleResult();
    return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
  }

  @Override
  public List<Rating> ratings(long resourceId, int limit) {
    return em.createQuery(
            "select r from Rating r where r.resourceId = :r order by r.ratedAt desc", Rating.class)
        .setParameter("r", resourceId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void addReport(ProblemReport report) {
    em.persist(report);
  }

  @Override
  public List<ProblemReport> reports(long resourceId) {
    return em.createQuery(
            "select p from ProblemReport p where p.resourceId = :r order by p.reportedAt desc",
            ProblemReport.class)
        .setParameter("r", resourceId)
        .getResultList();
  }

  @Override
  public StagedUpload addStaged(StagedUpload upload) {
    em.persist(upload);
    return upload;
  }

  @Override
  public Optional<StagedUpload> staged(long id) {
    return Optional.ofNullable(em.find(StagedUpload.class, id));
  }

  @Override
  public void removeStaged(StagedUpload upload) {
    em.remove(upload);
  }

  @Override
  public List<StagedUpload> stagedBefore(Instant cutoff, int limit) {
    return em.createQuery(
            "select u from StagedUpload u where u.createdAt < :cutoff order by u.createdAt",
            StagedUpload.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean contentInUse(String contentId) {
    Number uses =
        (Number)
            em.createNativeQuery(
                    "SELECT (SELECT COUNT(*) FROM resource_version WHERE content_id = ?"
                        + " OR thumbnail_id = ?)"
                        + " + (SELECT COUNT(*) FROM resource_upload WHERE content_id = ?)")
                .setParameter(1, contentId)
                .setParameter(2, contentId)
                .setParameter(3, contentId)
                .getSingleResult();
    return uses.longValue() > 0;
  }

  @Override
  public List<Long> pendingText(Instant createdBefore, int limit) {
    return em.createQuery(
            "select v.id from ResourceVersion v where v.textState = :pending"
                + " and v.createdAt < :before order by v.id",
            Long.class)
        .setParameter("pending", TextState.PENDING)
        .setParameter("before", createdBefore)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Resource> withdrawnBefore(Instant cutoff, int limit) {
    return em.createQuery(
            "select r from Resource r where r.state = :withdrawn and r.withdrawnAt < :cutoff"
                + " order by r.withdrawnAt",
            Resource.class)
        .setParameter("withdrawn", ResourceState.WITHDRAWN)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void remove(Resource resource) {
    long id = resource.getId();
    for (String table :
        List.of("resource_text", "resource_version", "resource_rating", "resource_report")) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE resource_id = ?")
          .setParameter(1, id)
          .executeUpdate();
    }
    em.remove(resource);
  }

  @Override
  public List<ResourceRow> ownedBy(long personId, int limit) {
    Query query =
        em.createNativeQuery(
            "SELECT "
                + ROW_COLUMNS
                + " FROM resource r WHERE r.owner_id = ?"
                + " ORDER BY r.created_at DESC, r.id DESC LIMIT ?");
    query.setParameter(1, personId);
    query.setParameter(2, limit);
    return rows(query);
  }

  @Override
  public List<ResourceRow> rows(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> list = List.copyOf(ids);
    Query query =
        em.createNativeQuery(
            "SELECT "
                + ROW_COLUMNS
                + " FROM resource r WHERE r.id IN ("
                + String.join(", ", Collections.nCopies(list.size(), "?"))
                + ")");
    for (int i = 0; i < list.size(); i++) {
      query.setParameter(i + 1, list.get(i));
    }
    return rows(query);
  }

  static final String ROW_COLUMNS =
      "r.id, r.title, LEFT(r.description, 300), r.subject, r.key_stage, r.resource_type,"
          + " r.licence, r.school_id, r.owner_id, r.downloads, r.rating_score, r.rating_count,"
          + " r.assured_until, r.created_at, r.current_version,"
          + " CASE WHEN r.link_url IS NULL THEN 0 ELSE 1 END,"
          + " CASE WHEN r.state = 'WITHDRAWN' THEN 1 ELSE 0 END";

  @Override
  public List<ResourceRow> search(ResourceQuery q, int offset, int limit) {
    if (q.findsNothing()) {
      return List.of();
    }
    Sql sql = new Sql();
    sql.append("SELECT ").append(ROW_COLUMNS);
    boolean ranked =
        !q.words().isEmpty() && !fullText.onH2(em) && q.sort() == ResourceQuery.Sort.RELEVANCE;
    from(sql, q);
    sql.append(" ORDER BY ");
    switch (q.sort()) {
      case RELEVANCE ->
          sql.append(
              ranked
                  ? "MATCH (t.search_text) AGAINST (? IN BOOLEAN MODE) DESC, r.created_at DESC, r.id DESC"
                  : "r.created_at DESC, r.id DESC");
      case NEWEST -> sql.append("r.created_at DESC, r.id DESC");
      case MOST_DOWNLOADED -> sql.append("r.downloads DESC, r.id DESC");
      case BEST_RATED -> sql.append("r.rating_score DESC, r.rating_count DESC, r.id DESC");
    }
    if (ranked) {
      sql.parameter(booleanWords(q.words()));
    }
    sql.append(" LIMIT ? OFFSET ?").parameter(limit).parameter(offset);
    return rows(sql.query(em));
  }

  @Override
  public Optional<List<SearchHit>> hits(ResourceQuery query, int limit) {
    ResourceQuery q = query.unfiltered();
    if (q.findsNothing()) {
      return Optional.of(List.of());
    }
    boolean scored = !q.words().isEmpty() && !fullText.onH2(em);
    Sql sql =
        new Sql()
            .append(
                "SELECT r.id, r.subject, r.key_stage, r.resource_type, r.school_id, r.licence,"
                    + " r.assured_until, r.created_at, r.downloads, r.rating_score,"
                    + " r.rating_count, ")
            .append(scored ? "MATCH (t.search_text) AGAINST (? IN BOOLEAN MODE)" : "0");
    if (scored) {
      sql.parameter(booleanWords(q.words()));
    }
    from(sql, q);
    sql.append(" LIMIT ?").parameter(limit + 1);
    List<SearchHit> hits = new ArrayList<>();
    for (Object row : sql.query(em).getResultList()) {
      Object[] c = (Object[]) row;
      hits.add(
          new SearchHit(
              ((Number) c[0]).longValue(),
              Subject.valueOf((String) c[1]),
              KeyStage.valueOf((String) c[2]),
              ResourceType.valueOf((String) c[3]),
              ((Number) c[4]).longValue(),
              Licence.valueOf((String) c[5]),
              date(c[6]),
              instant(c[7]),
              ((Number) c[8]).longValue(),
              ((Number) c[9]).doubleValue(),
              ((Number) c[10]).intValue(),
              ((Number) c[11]).doubleValue()));
    }
    return hits.size() > limit ? Optional.empty() : Optional.of(hits);
  }

  @Override
  public long count(ResourceQuery q) {
    if (q.findsNothing()) {
      return 0;
    }
    Sql sql = new Sql().append("SELECT COUNT(*)");
    from(sql, q);
    return ((Number) sql.query(em).getSingleResult()).longValue();
  }

  @Override
  public Map<String, Long> facet(ResourceQuery query, ResourceQuery.Facet facet) {
    ResourceQuery q = query.without(facet);
    Map<String, Long> counts = new LinkedHashMap<>();
    if (q.findsNothing()) {
      return counts;
    }
    if (facet == ResourceQuery.Facet.ASSURED) {
      Sql sql = new Sql().append("SELECT COUNT(*)");
      from(sql, q);
      sql.append(" AND r.assured_until >= ?").parameter(Date.valueOf(q.assuredOn()));
      long n = ((Number) sql.query(em).getSingleResult()).longValue();
      if (n > 0) {
        counts.put("true", n);
      }
      return counts;
    }
    String column =
        switch (facet) {
          case SUBJECT -> "r.subject";
          case KEY_STAGE -> "r.key_stage";
          case TYPE -> "r.resource_type";
          case SCHOOL -> "r.school_id";
          case LICENCE -> "r.licence";
          case ASSURED -> throw new IllegalStateException();
        };
    Sql sql = new Sql().append("SELECT ").append(column).append(", COUNT(*)");
    from(sql, q);
    sql.append(" GROUP BY ").append(column).append(" ORDER BY COUNT(*) DESC");
    for (Object row : sql.query(em).getResultList()) {
      Object[] cells = (Object[]) row;
      counts.put(String.valueOf(cells[0]), ((Number) cells[1]).longValue());
    }
    return counts;
  }

  /**
   * FROM and WHERE of a search: in the library, in the reader's scope, the filters, and the words.
   */
  private void from(Sql sql, ResourceQuery q) {
    boolean words = !q.words().isEmpty();
    sql.append(" FROM resource r");
    if (words && !fullText.onH2(em)) {
      sql.append(" JOIN resource_text t ON t.resource_id = r.id");
    }
    sql.append(" WHERE r.state = 'ACTIVE'");
    if (!q.everything()) {
      List<Long> schools = List.copyOf(q.mySchools());
      String mine =
          schools.isEmpty()
              ? null
              : "r.school_id IN ("
                  + String.join(", ", Collections.nCopies(schools.size(), "?"))
                  + ")";
      if (q.trustWide() && mine != null) {
        sql.append(" AND (r.visibility = 'TRUST' OR ").append(mine).append(")");
      } else if (q.trustWide()) {
        sql.append(" AND r.visibility = 'TRUST'");
      } else {
        sql.append(" AND ").append(mine);
      }
      schools.forEach(sql::parameter);
    }
    filter(sql, "r.subject", q.subject());
    filter(sql, "r.key_stage", q.keyStage());
    filter(sql, "r.resource_type", q.type());
    filter(sql, "r.licence", q.licence());
    if (q.schoolId() != null) {
      sql.append(" AND r.school_id = ?").parameter(q.schoolId());
    }
    if (q.assuredOnly()) {
      sql.append(" AND r.assured_until >= ?").parameter(Date.valueOf(q.assuredOn()));
    }
    if (words) {
      if (fullText.onH2(em)) {
        List<String> upper = FullTextSql.h2Words(q.words());
        sql.append(" AND r.id IN (")
            .append(FullTextSql.h2RowsWithAllWords("resource_text", upper.size()))
            .append(")");
        upper.forEach(sql::parameter);
        sql.parameter(upper.size());
      } else {
        sql.append(" AND MATCH (t.search_text) AGAINST (? IN BOOLEAN MODE)")
            .parameter(booleanWords(q.words()));
      }
    }
  }

  private static void filter(Sql sql, String column, Enum<?> value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?").parameter(value.name());
    }
  }

  /**
   * The words for InnoDB's boolean mode, each required: "+fractions +worksheet". The words hold
   * letters and digits only ({@link SearchQuery}), so no operator of the reader's can get in; words
   * shorter than InnoDB's smallest indexed token (3) are left out, as the index does not hold them.
   */
  static String booleanWords(SearchQuery query) {
    List<String> words = new ArrayList<>();
    for (String w : query.words()) {
      if (w.codePointCount(0, w.length()) >= 3) {
        words.add("+" + w);
      }
    }
    return words.isEmpty() ? String.join(" ", query.words()) : String.join(" ", words);
  }

  private static List<ResourceRow> rows(Query query) {
    List<ResourceRow> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] c = (Object[]) row;
      rows.add(
          new ResourceRow(
              ((Number) c[0]).longValue(),
              (String) c[1],
              (String) c[2],
              Subject.valueOf((String) c[3]),
              KeyStage.valueOf((String) c[4]),
              ResourceType.valueOf((String) c[5]),
              Licence.valueOf((String) c[6]),
              ((Number) c[7]).longValue(),
              ((Number) c[8]).longValue(),
              ((Number) c[9]).longValue(),
              ((Number) c[10]).doubleValue(),
              ((Number) c[11]).intValue(),
              date(c[12]),
              instant(c[13]),
              ((Number) c[14]).intValue(),
              ((Number) c[15]).intValue() != 0,
              ((Number) c[16]).intValue() != 0));
    }
    return rows;
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate l) {
      return l;
    }
    return LocalDate.parse(value.toString());
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
    throw new IllegalStateException("not a time: " + value);
  }

  @Override
  public void flush() {
    em.flush();
  }

  /** Native SQL with its positional parameters, built in order. */
  private static final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql append(String part) {
      text.append(part);
      return this;
    }

    Sql parameter(Object value) {
      parameters.add(value);
      return this;
    }

    Query query(EntityManager em) {
      Query query = em.createNativeQuery(text.toString());
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }
}
