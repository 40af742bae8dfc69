package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.networks.domain.CaseStudy;
import org.trustintranet.networks.domain.CaseStudyEvent;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.ProfileRepository;

/** Case studies as views, with their schools' and focus areas' names, and their history. */
@ApplicationScoped
class CaseStudyViews {
  @Inject SchoolService schools;
  @Inject ProfileRepository profiles;
  @Inject PeopleService people;

  List<CaseStudyView> of(List<CaseStudy> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names = schools.names(true);
    Map<Long, FocusAreaView> areas = areas();
    return list.stream().map(c -> view(c, names, areas)).toList();
  }

  CaseStudyView of(CaseStudy c) {
    return view(c, schools.names(true), areas());
  }

  List<CaseStudyEventView> history(List<CaseStudyEvent> events) {
    Map<Long, PersonSummary> who =
        people.findAll(events.stream().map(CaseStudyEvent::getDoneBy).distinct().toList());
    return events.stream()
        .map(
            e ->
                new CaseStudyEventView(
                    e.getStep(),
                    who.containsKey(e.getDoneBy()) ? who.get(e.getDoneBy()).displayName() : "",
                    e.getDoneAt(),
                    e.getComment()))
        .toList();
  }

  Map<Long, String> schoolNames() {
    return schools.names(false);
  }

  Map<Long, FocusAreaView> areas() {
    return profiles.focusAreas().stream()
        .map(CaseStudyViews::area)
        .collect(Collectors.toMap(FocusAreaView::id, Function.identity()));
  }

  static FocusAreaView area(FocusArea a) {
    return new FocusAreaView(a.getId(), a.getName(), a.getWelshName(), a.isRetired());
  }

  private static CaseStudyView view(
      CaseStudy c, Map<Long, String> names, Map<Long, FocusAreaView> areas) {
    return new CaseStudyView(
        c.getId(),
        c.getTitle(),
        c.getSchoolId(),
        names.getOrDefault(c.getSchoolId(), ""),
        c.getPhase(),
        areas.getOrDefault(c.getFocusAreaId(), new FocusAreaView(c.getFocusAreaId(), "", "", true)),
        c.getSubject(),
        c.getContext(),
        c.getActions(),
        c.getImpact(),
        c.getContact(),
        c.getState(),
        c.getUpdatedAt(),
        c.getPublishedAt());
  }
}
