package org.trustintranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustintranet.resources.application.ResourceSearchService;
import org.trustintranet.resources.application.SchoolOption;
import org.trustintranet.resources.application.SearchCriteria;
import org.trustintranet.resources.application.SearchResults;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ResourceQuery;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.Subject;
import org.trustintranet.web.support.Feedback;

/**
 * Backs library/index.xhtml: the library's search. The words and the filters come from the address
 * ({@code ?q=fractions&subject=MATHEMATICS&stage=KS2&type=WORKSHEET&school=3&licence=OGL
 * &assured=true&sort=NEWEST}), so that a search is a link to keep or share; "Search" sends the form
 * back to that address. Each filter's values show how many results they would give (the facet
 * counts of the service). A value the address names that is not on a list (a typo, an old link) is
 * taken as "any". Results come {@value #PAGE} to a page, each page one search of the service.
 */
@Named
@ViewScoped
public class LibraryPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Results per page. */
  static final int PAGE = 20;

  @Inject ResourceSearchService search;
  @Inject Feedback feedback;

  private String q;
  private String subject;
  private String stage;
  private String type;
  private String school;
  private String licence;
  private boolean assured;
  private String sort;
  private SearchModel results;
  private List<SchoolOption> schools;
  private boolean refused;

  /** Runs the address's search (its first page, with the facet counts). */
  public void load() {
    SearchCriteria criteria = criteria();
    SearchModel model = new SearchModel((offset, limit) -> search.search(criteria, offset, limit));
    refused = feedback.attempt(() -> model.page(0, PAGE), null) == null;
    results = refused ? null : model;
  }

  /** Sends the form's search to its own address, which runs it (and can be bookmarked). */
  public String search() {
    return "/library/index?faces-redirect=true&includeViewParams=true";
  }

  SearchCriteria criteria() {
    return new SearchCriteria(
        q == null || q.isBlank() ? null : q.strip(),
        parse(Subject.class, subject),
        parse(KeyStage.class, stage),
        parse(ResourceType.class, type),
        schoolId(),
        parse(Licence.class, licence),
        assured,
        parse(ResourceQuery.Sort.class, sort));
  }

  /** The constant of {@code type} named {@code value}, or null (any) for none or an unknown one. */
  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Long schoolId() {
    if (school == null || !school.strip().matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(school.strip());
  }

  /** The results, lazily paged; null when the search was refused (its message is shown). */
  public SearchModel getResults() {
    return results;
  }

  public long getTotal() {
    return results == null || results.last() == null ? 0 : results.last().total();
  }

  /** The count of {@code value} in the facet {@code facet} (0 when the service counted none). */
  public long count(String facet, Object value) {
    if (results == null || results.last() == null) {
      return 0;
    }
    SearchResults last = results.last();
    Map<String, Long> counts = last.facets().get(facet);
    if (counts == null) {
      return 0;
    }
    Long count = counts.get(String.valueOf(value));
    return count == null ? 0 : count;
  }

  /** "Mathematics (12)": a filter value's label with its count. */
  public String label(String label, String facet, Object value) {
    return label + " (" + count(facet, value) + ")";
  }

  /** The schools to filter by. */
  public List<SchoolOption> getSchools() {
    if (schools == null) {
      schools = search.schools();
    }
    return schools;
  }

  /** True when any word or filter was given: the page then says how many were found. */
  public boolean isFiltered() {
    SearchCriteria c = criteria();
    return c.words() != null
        || c.subject() != null
        || c.keyStage() != null
        || c.type() != null
        || c.schoolId() != null
        || c.licence() != null
        || c.assuredOnly();
  }

  public boolean isRefused() {
    return refused;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getLicence() {
    return licence;
  }

  public void setLicence(String licence) {
    this.licence = licence;
  }

  public boolean isAssured() {
    return assured;
  }

  public void setAssured(boolean assured) {
    this.assured = assured;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }
}
