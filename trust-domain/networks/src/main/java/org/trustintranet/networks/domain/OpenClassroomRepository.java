package org.trustintranet.networks.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Open classrooms and their visitors. */
public interface OpenClassroomRepository {
  OpenClassroom add(OpenClassroom offer);

  Optional<OpenClassroom> find(long id);

  /** The offer with its row locked until the transaction ends. */
  Optional<OpenClassroom> lock(long id);

  /** Open offers held on or after {@code from}, by day, then start, then id. */
  List<OpenClassroom> openFrom(LocalDate from);

  /** The teacher's offers held on or after {@code from}, open or cancelled, by day. */
  List<OpenClassroom> offeredBy(long teacherId, LocalDate from);

  /** The teacher's open offers, whatever their day (for a leaver). */
  List<OpenClassroom> openOfferedBy(long teacherId);

  /** Open offers held on {@code day} not yet reminded, their rows locked. */
  List<OpenClassroom> toRemind(LocalDate day);

  OpenClassroomVisit addVisit(OpenClassroomVisit visit);

  Optional<OpenClassroomVisit> visit(long openClassroomId, long personId);

  /** The booked visitors of these offers, by when they signed up. */
  List<OpenClassroomVisit> bookedFor(Collection<Long> openClassroomIds);

  void flush();
}
