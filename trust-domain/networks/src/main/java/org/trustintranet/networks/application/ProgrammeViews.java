package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.networks.domain.Programme;
import org.trustintranet.networks.domain.ProgrammeRepository;
import org.trustintranet.networks.domain.ProgrammeSession;
import org.trustintranet.networks.domain.Registration;

/** Programmes as views, with their sessions, providers' names and the asker's registration. */
@ApplicationScoped
class ProgrammeViews {
  @Inject ProgrammeRepository programmes;
  @Inject SchoolService schools;

  List<ProgrammeView> of(long personId, List<Programme> list) {
    List<Long> ids = list.stream().map(Programme::getId).toList();
    Map<Long, List<SlotView>> sessions =
        programmes.sessionsOf(ids).stream()
            .collect(
                Collectors.groupingBy(
                    ProgrammeSession::getProgrammeId,
                    Collectors.mapping(ProgrammeViews::slot, Collectors.toList())));
    Map<Long, Registration> mine =
        programmes.registrationsOf(personId, ids).stream()
            .filter(r -> r.getState().isLive())
            .collect(Collectors.toMap(Registration::getProgrammeId, Function.identity()));
    Map<Long, String> names = schools.names(true);
    return list.stream()
        .map(
            p ->
                new ProgrammeView(
                    p.getId(),
                    p.getTitle(),
                    p.getStage(),
                    p.getDescription(),
                    p.getProviderSchoolId(),
                    names.getOrDefault(p.getProviderSchoolId(), ""),
                    p.getTerm(),
                    p.getPlaces(),
                    p.getTaken(),
                    p.getCostPence(),
                    p.getState(),
                    sessions.getOrDefault(p.getId(), List.of()),
                    mine.containsKey(p.getId()) ? mine.get(p.getId()).getState() : null))
        .toList();
  }

  Map<Long, String> schoolNames() {
    return schools.names(true);
  }

  static SlotView slot(ProgrammeSession s) {
    return new SlotView(
        s.getId(),
        s.getKind(),
        s.getDay(),
        s.getStarts(),
        s.getEnds(),
        s.getPlace(),
        s.getOnlineLink());
  }
}
