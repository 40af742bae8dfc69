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
    List<Long> ids = List.copyOf(areas);
    StringBuilder in = new StringBuilder();
    for (int n = 1; n <= ids.size(); n++) {
      in.append(n == 1 ? "?" : ", ?").append(n + 1);
    }
    Query query =
        em.createNativeQuery(
                "select a.person_id, a.area_id, p.visibility from profile_area a"
                    + " join teaching_profile p on p.person_id = a.person_id"
                    + " where a.area_id in ("
                    + in
                    + ") and a.kind = 'STRENGTH' and a.person_id <> ?1"
                    + " and p.visibility <> 'NOBODY'")
            .setParameter(1, excluded);
    for (int n = 0; n < ids.size(); n++) {
      query.setParameter(n + 2, ids.get(n));
    }
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
}
