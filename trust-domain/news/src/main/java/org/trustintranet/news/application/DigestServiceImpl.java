package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.news.domain.DigestFrequency;
import org.trustintranet.news.domain.DigestSubscription;
import org.trustintranet.news.domain.NewsMailRepository;

@ApplicationScoped
@Transactional
public class DigestServiceImpl implements DigestService {
  /** The longest token accepted: longer input is not looked up. */
  private static final int TOKEN_LENGTH = 64;

  @Inject NewsMailRepository records;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Override
  public DigestChoiceOption myDigest() {
    UserProfile me = currentUser.requireSignedIn();
    return DigestChoiceOption.valueOf(
        records
            .subscription(me.personId())
            .map(DigestSubscription::getFrequency)
            .orElse(DigestFrequency.NONE)
            .name());
  }

  @Override
  public void chooseDigest(DigestChoiceOption option) {
    UserProfile me = currentUser.requireSignedIn();
    DigestFrequency frequency = DigestFrequency.valueOf(option.name());
    Instant now = clock.instant();
    records
        .subscription(me.personId())
        .ifPresentOrElse(
            s -> s.choose(frequency, now),
            () -> {
              if (frequency != DigestFrequency.NONE) {
                records.add(new DigestSubscription(me.personId(), frequency, now));
              }
            });
  }

  @Override
  public boolean unsubscribe(String token) {
    if (token == null || token.isBlank() || token.length() > TOKEN_LENGTH) {
      return false;
    }
    return records
        .subscriptionByToken(token)
        .map(s -> s.unsubscribe(clock.instant()))
        .orElse(false);
  }
}
