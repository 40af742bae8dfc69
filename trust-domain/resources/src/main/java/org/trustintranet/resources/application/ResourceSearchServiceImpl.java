package org.trustintranet.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.resources.domain.Resource;
import org.trustintranet.resources.domain.ResourcePolicy;
import org.trustintranet.resources.domain.ResourceQuery;
import org.trustintranet.resources.domain.ResourceRepository;
import org.trustintranet.resources.domain.ResourceRow;
import org.trustintranet.resources.domain.SearchHit;
import org.trustintranet.resources.domain.SearchHits;

/**
 * The search, scoped by who asks ({@link ResourcePolicy}: trust admins every resource, anyone of
 * the trust what is shared with it, and the resources of their own schools).
 */
@ApplicationScoped
@Transactional
public class ResourceSearchServiceImpl implements ResourceSearchService {
  @Inject ResourceRepository resources;
  @Inject ResourceNames names;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject RecentCounts recentCounts;

  @Override
  public SearchResults search(SearchCriteria c, int offset, int limit) {
    UserProfile me = currentUser.requireSignedIn();
    LocalDate today = LocalDate.now(clock.withZone(Resource.ZONE));
    ResourceQuery query =
        new ResourceQuery(
            SearchQuery.parse(c.words()),
            c.subject(),
            c.keyStage(),
            c.type(),
            c.schoolId(),
            c.licence(),
            c.assuredOnly(),
            c.sort(),
            me.isTrustAdmin(),
            ResourcePolicy.belongsToTrust(me),
            me.schoolRoles().keySet(),
            today);
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    int from = Math.max(0, offset);
    Optional<List<SearchHit>> found =
        query.words().isEmpty() ? Optional.empty() : resources.hits(query, SearchHits.LIMIT);
    return found.isPresent()
        ? inMemory(query, new SearchHits(found.get()), from, size, today)
        : inSql(query, from, size, today);
  }

  /** Words that find few enough resources: the index is asked once, the rest worked out here. */
  private SearchResults inMemory(
      ResourceQuery query, SearchHits hits, int offset, int size, LocalDate today) {
    List<Long> ids = hits.page(query, offset, size);
    Map<Long, ResourceRow> byId = new HashMap<>();
    resources.rows(ids).forEach(r -> byId.put(r.id(), r));
    List<ResourceRow> rows = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (ResourceQuery.Facet facet : ResourceQuery.Facet.values()) {
      facets.put(facet.name(), hits.facet(query, facet));
    }
    return new SearchResults(names.results(rows, today), hits.total(query), facets);
  }

  /** No words, or words too common to hold their hits: the database counts, a query a facet. */
  private SearchResults inSql(ResourceQuery query, int offset, int size, LocalDate today) {
    List<ResourceRow> rows = resources.search(query, offset, size);
    RecentCounts.Counts counts =
        query.words().isEmpty()
            ? recentCounts.of(query, () -> countInSql(query))
            : countInSql(query);
    return new SearchResults(names.results(rows, today), counts.total(), counts.facets());
  }

  private RecentCounts.Counts countInSql(ResourceQuery query) {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (ResourceQuery.Facet facet : ResourceQuery.Facet.values()) {
      facets.put(facet.name(), resources.facet(query, facet));
    }
    return new RecentCounts.Counts(resources.count(query), facets);
  }

  @Override
  public List<SchoolOption> schools() {
    currentUser.requireSignedIn();
    List<SchoolOption> schools = new ArrayList<>();
    names.openSchools().forEach((id, name) -> schools.add(new SchoolOption(id, name)));
    return schools;
  }
}
