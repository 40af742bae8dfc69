package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.ObservationRepository;
import org.trustintranet.networks.domain.PeerObservation;

/** Observations as one of their two people sees them, with names looked up once per list. */
@ApplicationScoped
public class ObservationViews {
  @Inject PeopleService people;
  @Inject ObservationRepository observations;

  List<ObservationView> of(long me, List<PeerObservation> list, LocalDate today) {
    Set<Long> ids = new HashSet<>();
    for (PeerObservation o : list) {
      ids.add(o.getInviterId());
      ids.add(o.getInviteeId());
    }
    Map<Long, PersonSummary> names = people.findAll(ids);
    Map<Long, FocusArea> areas =
        list.stream()
            .map(PeerObservation::getFocusAreaId)
            .filter(Objects::nonNull)
            .distinct()
            .map(observations::focusArea)
            .flatMap(java.util.Optional::stream)
            .collect(Collectors.toMap(FocusArea::getId, Function.identity()));
    List<ObservationView> views = new ArrayList<>();
    for (PeerObservation o : list) {
      PersonSummary inviter = names.get(o.getInviterId());
      PersonSummary invitee = names.get(o.getInviteeId());
      FocusArea area = o.getFocusAreaId() == null ? null : areas.get(o.getFocusAreaId());
      boolean iInvited = o.getInviterId() == me;
      views.add(
          new ObservationView(
              o.getId(),
              o.getInviterId(),
              name(inviter),
              inviter == null ? List.of() : inviter.schoolNames(),
              o.getInviteeId(),
              name(invitee),
              invitee == null ? List.of() : invitee.schoolNames(),
              iInvited ? "INVITER" : "INVITEE",
              o.observerId() == me,
              iInvited ? name(invitee) : name(inviter),
              o.getDirection().name(),
              area == null ? null : area.getName(),
              area == null || area.getWelshName().isEmpty() ? null : area.getWelshName(),
              o.getMessage(),
              o.getState().name(),
              o.getDeclineReason(),
              o.getLessonOn(),
              o.getLessonTime(),
              o.getLesson(),
              o.getInvitedAt(),
              o.mayAccept(me),
              o.mayAgree(me),
              o.mayCancel(me),
              o.mayMarkDone(me, today),
              o.mayRecordFeedback(me, today)));
    }
    return views;
  }

  private static String name(PersonSummary person) {
    return person == null ? "" : person.displayName();
  }
}
