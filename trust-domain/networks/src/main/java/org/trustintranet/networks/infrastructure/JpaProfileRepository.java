package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.PartnerMatcher.Candidate;
import org.trustintranet.networks.domain.ProfileRepository;
import org.trustintranet.networks.domain.ProfileVisibility;
import org.trustintranet.networks.domain.TeachingProfile;

/**
 * Focus areas and teaching profiles in JPA. Partner candidates come from one SQL statement over the
 * (area, kind, person) index, never by loading every profile.
 */
@ApplicationScoped
public class JpaProfileRepository implements ProfileRepository {
  private static final int IN_LIST_CHUNK = 500;

  @PersistenceContext(unitName = "networks")
  EntityManager em;

  @Override
  public List<FocusArea> focusAreas() {
    return em.createNamedQuery("FocusArea.all", FocusArea.class).getResultList();
  }

  @Override
  public Optional<FocusArea> findFocusArea(long id) {
    return Optional.ofNullable(em.find(FocusArea.class, id));
  }

  @Override
  public Optional<FocusArea> findFocusAreaNamed(String name) {
    return em.createNamedQuery("FocusArea.byName", FocusArea.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(FocusArea area) {
    em.persist(area);
    em.flush();
  }

  @Override
  public Optional<TeachingProfile> findProfile(long personId) {
    return Optional.ofNullable(em.find(TeachingProfile.class, personId));
  }

  @Override
  public void add(TeachingProfile profile) {
    em.persist(profile);
  }

  @Override
  public List<Candidate> strongIn(Collection<Long> areas, long excluded) {
    if (areas.isEmpty()) {
      return List.of();
    }
    return candidates(
        "select a.person_id, a.area_id, p.visibility from profile_area a"
            + " join teaching_profile p on p.person_id = a.person_id"
            + " where a.area_id in ("
            + marks(1, areas.size())
            + ") and a.kind = 'STRENGTH' and a.person_id <> ?"
            + (areas.size() + 1)
            + " and p.visibility <> 'NOBODY'",
        params(areas, List.of(excluded)));
  }

  @Override
  public List<Candidate> strongInAmong(
      Collection<Long> areas, Collection<Long> people, long excluded) {
    if (areas.isEmpty() || people.isEmpty()) {
      return List.of();
    }
    List<Long> all = List.copyOf(people);
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
      List<Long> chunk = all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK));
      found.addAll(
          candidates(
              "select a.person_id, a.area_id, p.visibility from profile_area a"
                  + " join teaching_profile p on p.person_id = a.person_id"
                  + " where a.area_id in ("
                  + marks(1, areas.size())
                  + ") and a.kind = 'STRENGTH' and a.person_id in ("
                  + marks(areas.size() + 1, chunk.size())
                  + ") and a.person_id <> ?"
                  + (areas.size() + chunk.size() + 1)
                  + " and p.visibility <> 'NOBODY'",
              params(areas, chunk, List.of(excluded))));
    }
    return found;
  }

  @Override
  public List<Candidate> strongestElsewhere(
      Collection<Long> areas, Collection<Long> near, long excluded, int limit) {
    if (areas.isEmpty() || limit <= 0) {
      return List.of();
    }
    // The best people by the number of areas matched, then id: the same order the matcher gives
    // people who work nowhere near the asker. Their areas are read in a second step for those few.
    List<Long> nearAndMe = new ArrayList<>(near);
    nearAndMe.add(excluded);
    Query best =
        em.createNativeQuery(
            "select a.person_id from profile_area a"
                + " join teaching_profile p on p.person_id = a.person_id"
                + " where a.area_id in ("
                + marks(1, areas.size())
                + ") and a.kind = 'STRENGTH' and p.visibility = 'TRUST'"
                + " and a.person_id not in ("
                + marks(areas.size() + 1, nearAndMe.size())
                + ") group by a.person_id order by count(*) desc, a.person_id");
    bind(best, params(areas, nearAndMe));
    best.setMaxResults(limit);
    List<Long> ids = new ArrayList<>();
    for (Object id : best.getResultList()) {
      ids.add(((Number) id).longValue());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    return strongInAmong(areas, ids, excluded);
  }

  private List<Candidate> candidates(String sql, List<Object> params) {
    Query query = em.createNativeQuery(sql);
    bind(query, params);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    Map<Long, Set<Long>> strengths = new LinkedHashMap<>();
    Map<Long, ProfileVisibility> visibility = new LinkedHashMap<>();
    for (Object[] row : rows) {
      long person = ((Number) row[0]).longValue();
      strengths.computeIfAbsent(person, p -> new HashSet<>()).add(((Number) row[1]).longValue());
      visibility.put(person, ProfileVisibility.valueOf((String) row[2]));
    }
    List<Candidate> candidates = new ArrayList<>(strengths.size());
    strengths.forEach((p, s) -> candidates.add(new Candidate(p, s, visibility.get(p))));
    return candidates;
  }

  /** Positional parameters {@code ?from, ?from+1, …}, {@code count} of them. */
  private static String marks(int from, int count) {
    StringBuilder marks = new StringBuilder();
    for (int n = from; n < from + count; n++) {
      marks.append(n == from ? "?" : ", ?").append(n);
    }
    return marks.toString();
  }

  @SafeVarargs
  private static List<Object> params(Collection<Long>... lists) {
    List<Object> all = new ArrayList<>();
    for (Collection<Long> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  private static void bind(Query query, List<Object> params) {
    for (int n = 0; n < params.size(); n++) {
      query.setParameter(n + 1, params.get(n));
    }
  }
}
