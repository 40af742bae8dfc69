package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.OpenClassroom;
import org.trustintranet.networks.domain.OpenClassroomRepository;
import org.trustintranet.networks.domain.OpenClassroomVisit;

/**
 * The reminder job's work: mails the teacher and the visitors of every open classroom held tomorrow
 * that was not reminded yet, and marks it reminded, so that each is reminded once however often the
 * job runs. Run once per cluster by OpenClassroomReminderTimer through the kernel's ClusterJobs;
 * asks for no user.
 */
@ApplicationScoped
public class OpenClassroomReminders {
  /** The job's name in the cluster's job claims. */
  public static final String JOB = "learning.openClassroomReminders";

  private static final Logger LOG = Logger.getLogger(OpenClassroomReminders.class.getName());

  @Inject OpenClassroomRepository offers;
  @Inject OpenClassroomMail mail;
  @Inject Clock clock;

  /**
   * Reminds what is due, in one transaction.
   *
   * @return how many open classrooms were reminded
   */
  @Transactional
  public int runDue() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(AcademicYear.ZONE));
    int reminded = 0;
    for (OpenClassroom offer : offers.toRemind(today.plusDays(1))) {
      if (!offer.needsReminder(today)) {
        continue;
      }
      List<Long> to = new ArrayList<>();
      to.add(offer.getTeacherId());
      offers.bookedFor(List.of(offer.getId())).stream()
          .map(OpenClassroomVisit::getPersonId)
          .forEach(to::add);
      offer.reminded(now);
      mail.reminder(offer, to);
      reminded++;
    }
    offers.flush();
    if (reminded > 0) {
      int count = reminded;
      LOG.info(() -> "Open classroom reminders: " + count + " open classrooms");
    }
    return reminded;
  }
}
