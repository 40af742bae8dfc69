package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.application.FullTextSql;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.networks.domain.CaseStudy;
import org.trustintranet.networks.domain.CaseStudyEvent;
import org.trustintranet.networks.domain.CaseStudyFile;
import org.trustintranet.networks.domain.CaseStudyQuery;
import org.trustintranet.networks.domain.CaseStudyRepository;
import org.trustintranet.networks.domain.CaseStudyState;

/**
 * Case studies in JPA, and the library's search in SQL: the words through each database's full-text
 * index over {@code case_study_text} (MySQL/MariaDB: InnoDB FULLTEXT in boolean mode, every word
 * required; H2: its built-in full text, every word required, see {@link FullTextSql}).
 */
@ApplicationScoped
public class JpaCaseStudyRepository implements CaseStudyRepository {
  @PersistenceContext(unitName = "networks")
  EntityManager em;

  private final FullTextSql fullText = new FullTextSql();

  @Override
  public CaseStudy add(CaseStudy study) {
    em.persist(study);
    return study;
  }

  @Override
  public Optional<CaseStudy> find(long id) {
    return Optional.ofNullable(em.find(CaseStudy.class, id));
  }

  @Override
  public void addEvent(CaseStudyEvent event) {
    em.persist(event);
  }

  @Override
  public List<CaseStudyEvent> history(long caseStudyId) {
    return em.createQuery(
            "select e from CaseStudyEvent e where e.caseStudyId = :id order by e.doneAt, e.id",
            CaseStudyEvent.class)
        .setParameter("id", caseStudyId)
        .getResultList();
  }

  @Override
  public void index(long caseStudyId, String searchText) {
    int updated =
        em.createNativeQuery("UPDATE case_study_text SET search_text = ? WHERE case_study_id = ?")
            .setParameter(1, searchText)
            .setParameter(2, caseStudyId)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery("INSERT INTO case_study_text (case_study_id, search_text) VALUES (?, ?)")
          .setParameter(1, caseStudyId)
          .setParameter(2, searchText)
          .executeUpdate();
    }
  }

  @Override
  public List<CaseStudy> search(CaseStudyQuery q, int limit) {
    List<Object> parameters = new ArrayList<>();
    boolean words = !q.words().isEmpty();
    boolean h2 = fullText.onH2(em);
    StringBuilder sql = new StringBuilder("SELECT c.id FROM case_study c");
    if (words && !h2) {
      sql.append(" JOIN case_study_text t ON t.case_study_id = c.id");
    }
    sql.append(" WHERE c.state = 'PUBLISHED'");
    if (q.focusAreaId() != null) {
      sql.append(" AND c.focus_area_id = ?");
      parameters.add(q.focusAreaId());
    }
    if (q.phase() != null) {
      sql.append(" AND c.phase = ?");
      parameters.add(q.phase().name());
    }
    if (q.schoolId() != null) {
      sql.append(" AND c.school_id = ?");
      parameters.add(q.schoolId());
    }
    if (words) {
      if (h2) {
        List<String> upper = FullTextSql.h2Words(q.words());
        sql.append(" AND c.id IN (")
            .append(FullTextSql.h2RowsWithAllWords("case_study_text", upper.size()))
            .append(")");
        parameters.addAll(upper);
        parameters.add(upper.size());
      } else {
        sql.append(" AND MATCH (t.search_text) AGAINST (? IN BOOLEAN MODE)");
        parameters.add(booleanWords(q.words()));
      }
    }
    sql.append(" ORDER BY c.published_at DESC, c.id DESC");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    query.setMaxResults(limit);
    List<Long> ids = new ArrayList<>();
    for (Object id : query.getResultList()) {
      ids.add(((Number) id).longValue());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    List<CaseStudy> found =
        new ArrayList<>(
            em.createQuery("select c from CaseStudy c where c.id in :ids", CaseStudy.class)
                .setParameter("ids", ids)
                .getResultList());
    found.sort(Comparator.comparingInt(c -> ids.indexOf(c.getId())));
    return found;
  }

  /**
   * The words for InnoDB's boolean mode, each required ("+oracy +debate"); words shorter than
   * InnoDB's smallest indexed token (3) are left out, as the index does not hold them. The words
   * hold letters and digits only ({@link SearchQuery}), so no operator can get in.
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

  @Override
  public List<CaseStudy> inProgress(Collection<Long> schoolIds, long personId) {
    List<Long> schools = schoolIds.isEmpty() ? List.of(-1L) : List.copyOf(schoolIds);
    return em.createQuery(
            "select distinct c from CaseStudy c left join c.authors a"
                + " where c.state <> :published and (c.schoolId in :schools or a = :me)"
                + " order by c.updatedAt desc, c.id desc",
            CaseStudy.class)
        .setParameter("published", CaseStudyState.PUBLISHED)
        .setParameter("schools", schools)
        .setParameter("me", personId)
        .getResultList();
  }

  @Override
  public List<CaseStudy> awaitingReview() {
    return em.createQuery(
            "select c from CaseStudy c where c.state in :states order by c.updatedAt, c.id",
            CaseStudy.class)
        .setParameter("states", List.of(CaseStudyState.SUBMITTED, CaseStudyState.APPROVED))
        .getResultList();
  }

  @Override
  public Map<Long, Long> publishedPerSchool(long focusAreaId) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.schoolId, count(c) from CaseStudy c where c.focusAreaId = :area"
                    + " and c.state = :published group by c.schoolId",
                Object[].class)
            .setParameter("area", focusAreaId)
            .setParameter("published", CaseStudyState.PUBLISHED)
            .getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public CaseStudyFile addFile(CaseStudyFile file) {
    em.persist(file);
    return file;
  }

  @Override
  public Optional<CaseStudyFile> findFile(long id) {
    return Optional.ofNullable(em.find(CaseStudyFile.class, id));
  }

  @Override
  public List<CaseStudyFile> files(long caseStudyId) {
    return em.createQuery(
            "select f from CaseStudyFile f where f.caseStudyId = :id order by f.fileName, f.id",
            CaseStudyFile.class)
        .setParameter("id", caseStudyId)
        .getResultList();
  }

  @Override
  public void removeFile(CaseStudyFile file) {
    em.remove(file);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
