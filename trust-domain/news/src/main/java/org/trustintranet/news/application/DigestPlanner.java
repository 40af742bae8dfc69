package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.news.domain.DigestSubscription;
import org.trustintranet.news.domain.NewsMailRepository;
import org.trustintranet.news.domain.NewsPolicy;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.Reader;

/**
 * Works out, in one transaction, the digests due on a day: for each person due, the posts published
 * since their last digest that are aimed at them now ({@link NewsPolicy#isReader}, the rule of the
 * feed, with the networks they belong to now), written in their language. Posts of the whole span
 * are read once for everybody; people (and their networks) in a few statements per 500.
 */
@ApplicationScoped
public class DigestPlanner {
  @Inject NewsMailRepository records;
  @Inject UserDirectory directory;
  @Inject NewsMails mails;
  @Inject Readers readers;

  /** A digest ready to send, and whom to note it against. */
  public record PlannedDigest(long personId, Mail mail) {}

  @Transactional
  public List<PlannedDigest> plan(LocalDate day, Instant startOfDay, Instant now) {
    List<DigestSubscription> due =
        records.subscribers().stream().filter(s -> s.isDueOn(day, startOfDay)).toList();
    if (due.isEmpty()) {
      return List.of();
    }
    Instant earliest = due.stream().map(s -> s.coversFrom(now)).min(Instant::compareTo).get();
    List<Post> posts = records.publishedBetween(earliest, now);
    List<Long> ids = due.stream().map(DigestSubscription::getPersonId).toList();
    Map<Long, Reader> readersOf = readers.forReading(directory.findActiveProfiles(ids));
    Map<Long, Addressee> addressees = directory.addressees(ids);
    List<PlannedDigest> planned = new ArrayList<>();
    for (DigestSubscription subscription : due) {
      Reader reader = readersOf.get(subscription.getPersonId());
      Addressee to = addressees.get(subscription.getPersonId());
      if (reader == null || to == null) {
        continue; // a leaver: no mail, and their choice waits in case they come back
      }
      List<NewsMails.DigestItem> items =
          posts.stream()
              .filter(p -> subscription.covers(p.getPublishedAt(), now))
              .filter(p -> NewsPolicy.isReader(reader, p, now))
              .map(p -> new NewsMails.DigestItem(p.getId(), p.getTitle(), p.getSummary()))
              .toList();
      if (items.isEmpty()) {
        subscription.sent(now); // nothing new: no mail, and the next one starts from here
        continue;
      }
      planned.add(
          new PlannedDigest(
              subscription.getPersonId(),
              mails.digest(to, subscription.getFrequency(), items, subscription.getToken())));
    }
    return planned;
  }

  /** Notes that the person's digest covering news up to {@code upTo} went out. */
  @Transactional
  public void markSent(long personId, Instant upTo) {
    records.subscription(personId).ifPresent(s -> s.sent(upTo));
  }
}
