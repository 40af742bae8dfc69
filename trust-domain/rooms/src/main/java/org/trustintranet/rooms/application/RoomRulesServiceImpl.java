package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.InputValidator;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.ConcurrentChangeException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomRepository;
import org.trustintranet.rooms.domain.RoomRules;

@ApplicationScoped
@Transactional
public class RoomRulesServiceImpl implements RoomRulesService {
  @Inject RoomRepository rooms;
  @Inject RoomAccess access;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject InputValidator validator;
  @Inject Clock clock;

  @Override
  public RoomRulesForm rules(long roomId) {
    UserProfile me = currentUser.requireSignedIn();
    return form(access.visible(me, roomId).rules());
  }

  @Override
  public void changeRules(long roomId, long loadedVersion, RoomRulesForm form) {
    UserProfile me = currentUser.requireSignedIn();
    validator.check(form);
    Room room = access.manageable(me, roomId);
    if (room.getVersion() != loadedVersion) {
      throw new ConcurrentChangeException();
    }
    RoomRulesForm before = form(room.rules());
    room.changeRules(rules(form), clock.instant());
    rooms.flush();
    audit.record("rooms.rules", RoomServiceImpl.SUBJECT, roomId, room.getName(), before, form);
  }

  static RoomRulesForm form(RoomRules rules) {
    List<DayHours> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      RoomRules.Hours hours = rules.hours().get(day);
      days.add(
          hours == null
              ? new DayHours(day.name(), null, null)
              : new DayHours(day.name(), hours.opens(), hours.closes()));
    }
    return new RoomRulesForm(days, rules.minMinutes(), rules.maxMinutes(), rules.daysAhead());
  }

  private static RoomRules rules(RoomRulesForm form) {
    Map<DayOfWeek, RoomRules.Hours> hours = new EnumMap<>(DayOfWeek.class);
    for (DayHours day : form.days()) {
      DayOfWeek weekday;
      try {
        weekday = DayOfWeek.valueOf(String.valueOf(day.day()));
      } catch (IllegalArgumentException e) {
        throw new BusinessException("error.rooms.rules.unknownDay");
      }
      if (day.opens() != null || day.closes() != null) {
        if (!day.open()) {
          throw new BusinessException("error.rooms.rules.hoursOrder");
        }
        hours.put(weekday, new RoomRules.Hours(day.opens(), day.closes()));
      }
    }
    return new RoomRules(hours, form.minMinutes(), form.maxMinutes(), form.daysAhead());
  }
}
