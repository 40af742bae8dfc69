package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.Mailer;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.membership.application.StaffMember;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.NewsMailRepository;
import org.trustintranet.news.domain.NewsPolicy;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.Reader;
import org.trustintranet.news.domain.Reminder;

@ApplicationScoped
@Transactional
public class MustReadServiceImpl implements MustReadService {
  @Inject NewsRepository posts;
  @Inject PostAccess access;
  @Inject PeopleService people;
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject Readers readers;
  @Inject Clock clock;
  @Inject NewsMailRepository mailRecords;
  @Inject UserDirectory directory;
  @Inject Mailer mailer;
  @Inject MailOutbox outbox;
  @Inject NewsMails mails;
  @Inject AuditTrail audit;

  @Override
  public void acknowledge(long postId) {
    Reader me = readers.signedIn();
    Post post = access.readable(me, postId);
    if (!NewsPolicy.isReader(me, post, clock.instant())) {
      throw new NotPermittedException();
    }
    if (!post.isMustRead()) {
      throw new BusinessException("error.news.notMustRead");
    }
    posts.acknowledge(postId, me.personId(), clock.instant());
  }

  @Override
  public List<AcknowledgementCount> acknowledgements(long postId) {
    List<AcknowledgementCount> counts = new ArrayList<>();
    Map<Long, Integer> readersAt = new LinkedHashMap<>();
    Map<Long, Integer> doneAt = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    Audience audience = followUp(postId).audience();
    List<SchoolView> aimedAt = aimedAt(audience);
    for (SchoolView school : aimedAt) {
      readersAt.put(school.id(), 0);
      names.put(school.id(), school.name());
    }
    for (ReaderAcknowledgement r : readersOf(postId, audience, aimedAt)) {
      readersAt.merge(r.schoolId(), 1, Integer::sum);
      if (r.acknowledged()) {
        doneAt.merge(r.schoolId(), 1, Integer::sum);
      }
    }
    readersAt.forEach(
        (school, readers) ->
            counts.add(
                new AcknowledgementCount(
                    school, names.get(school), readers, doneAt.getOrDefault(school, 0))));
    return counts;
  }

  @Override
  public List<ReaderAcknowledgement> readers(long postId) {
    Audience audience = followUp(postId).audience();
    return readersOf(postId, audience, aimedAt(audience));
  }

  /** The post, if the current user may follow up who acknowledged it. */
  private Post followUp(long postId) {
    Reader me = readers.signedIn();
    Post post = access.readable(me, postId);
    if (!NewsPolicy.maySeeAcknowledgements(me, post)) {
      throw new NotPermittedException();
    }
    return post;
  }

  /** The open schools the audience names (all of them for the whole trust), in their order. */
  private List<SchoolView> aimedAt(Audience audience) {
    return schools.schools(false).stream()
        .filter(s -> audience.wholeTrust() || audience.schoolIds().contains(s.id()))
        .toList();
  }

  /** The audience's readers, school by school, with their acknowledgements: a few statements. */
  private List<ReaderAcknowledgement> readersOf(
      long postId, Audience audience, List<SchoolView> aimedAt) {
    Map<Long, List<StaffMember>> staff =
        people.activeStaffOf(aimedAt.stream().map(SchoolView::id).toList());
    Map<Long, Instant> acknowledged = posts.acknowledgementsOf(postId);
    List<ReaderAcknowledgement> readers = new ArrayList<>();
    for (SchoolView school : aimedAt) {
      staff.getOrDefault(school.id(), List.of()).stream()
          .filter(m -> audience.includesRole(m.role()))
          .sorted(Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER))
          .forEach(
              m ->
                  readers.add(
                      new ReaderAcknowledgement(
                          school.id(),
                          school.name(),
                          m.personId(),
                          m.displayName(),
                          m.jobTitle(),
                          acknowledged.get(m.personId()))));
    }
    return readers;
  }

  @Override
  public int remind(long postId) {
    Post post = followUp(postId);
    Reader me = readers.signedIn();
    Instant now = clock.instant();
    if (!post.isVisibleAt(now)) {
      throw new BusinessException("error.news.reminderNotPublished");
    }
    if (!mailer.sends()) {
      throw new BusinessException("error.news.mailNotSetUp");
    }
    List<Long> outstanding =
        readersOf(postId, post.audience(), aimedAt(post.audience())).stream()
            .filter(r -> !r.acknowledged())
            .map(ReaderAcknowledgement::personId)
            .distinct()
            .toList();
    Map<Long, Addressee> addressees = directory.addressees(outstanding);
    Reminder reminder =
        Reminder.of(
            postId,
            post.isMustRead(),
            mailRecords.lastReminder(postId),
            addressees.size(),
            me.personId(),
            now);
    mailRecords.add(reminder);
    List<Mail> batch = new ArrayList<>();
    for (Addressee to : addressees.values()) {
      batch.add(mails.reminder(to, postId, post.getTitle(), me.profile().displayName()));
    }
    outbox.sendAfterCommit(batch);
    audit.record(
        "news.remind",
        NewsServiceImpl.SUBJECT,
        postId,
        post.getTitle(),
        null,
        String.valueOf(batch.size()));
    return batch.size();
  }

  @Override
  public Optional<ReminderView> lastReminder(long postId) {
    followUp(postId);
    return mailRecords
        .lastReminder(postId)
        .map(
            r ->
                new ReminderView(
                    r.getSentAt(),
                    people.find(r.getSentBy()).map(p -> p.displayName()).orElse(""),
                    r.getRecipients(),
                    r.nextAllowedAt()));
  }
}
