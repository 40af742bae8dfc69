package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.rooms.domain.RoomRepository;
import org.trustintranet.rooms.domain.Timetable;

@ApplicationScoped
@Transactional
public class SchoolPeriodsServiceImpl implements SchoolPeriodsService {
  @Inject RoomRepository rooms;
  @Inject RoomAccess access;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  @Override
  public List<PeriodView> periods(long schoolId) {
    UserProfile me = currentUser.requireSignedIn();
    access.managedSchool(me, schoolId);
    return views(rooms.timetable(schoolId));
  }

  @Override
  public List<PeriodView> periodsOfRoom(long roomId) {
    UserProfile me = currentUser.requireSignedIn();
    return views(rooms.timetable(access.visible(me, roomId).getSchoolId()));
  }

  @Override
  public void changePeriods(long schoolId, List<PeriodView> periods) {
    UserProfile me = currentUser.requireSignedIn();
    String school = access.managedSchool(me, schoolId);
    Timetable timetable =
        new Timetable(
            periods.stream()
                .map(p -> new Timetable.Period(p.name(), p.starts(), p.ends()))
                .toList());
    List<PeriodView> before = views(rooms.timetable(schoolId));
    rooms.replaceTimetable(schoolId, timetable);
    rooms.flush();
    audit.record("rooms.periods", "school", schoolId, school, before, views(timetable));
  }

  private static List<PeriodView> views(Timetable timetable) {
    return timetable.periods().stream()
        .map(p -> new PeriodView(p.name(), p.starts(), p.ends()))
        .toList();
  }
}
