package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.trustintranet.networks.domain.OpenClassroomDetails;

/**
 * Open classrooms: a teacher offers "come and watch me teach" on a day and period, for a class and
 * subject, with a focus area of the trust's list and a limit of visitors; colleagues of any school
 * of the trust sign up (never past the limit: of two taking the last place at once, exactly one
 * gets it) and may withdraw; the teacher sees who is coming and may cancel the offer, as may an
 * admin of the school it was offered from, and the visitors are mailed. Signing up for one's own
 * offer is refused. The day before, the teacher and the visitors are reminded by mail ({@link
 * OpenClassroomReminders}).
 */
public interface OpenClassroomService {
  String NOT_FOUND = "error.openClassroom.notFound";

  /** Whether the asker may offer an open classroom (someone of the trust with a school). */
  boolean mayOffer();

  /** The focus areas an offer may name (those still offered), by name. */
  List<FocusAreaView> focusAreas();

  /** Offers an open classroom from the asker's school; returns its id. */
  long offer(@NotNull OpenClassroomDetails details);

  /** Takes a place to watch, if one is free. */
  void signUp(long openClassroomId);

  /** Gives the asker's place back. */
  void withdraw(long openClassroomId);

  /** Calls the offer off (its teacher, or an admin of its school); its visitors are mailed. */
  void cancel(long openClassroomId);

  /** The open offers from today on, of every school, soonest first. */
  List<OpenClassroomView> upcoming();

  /** The asker's own offers from today on, open or cancelled, with who is coming. */
  List<OpenClassroomView> mine();
}
