package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.SecretToken;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.NewsPolicy;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.PersonalFeed;
import org.trustintranet.news.domain.PersonalFeedRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.Reader;

/**
 * A personal feed is the reader's feed as the home page shows it (the repository's one feed query
 * over {@link Audience#readerKeys}), for the profile the token's owner has now: someone who has
 * left has none, and someone whose memberships changed sees what they may read today. The tokens
 * themselves are never logged, audited or kept: only their hashes.
 */
@ApplicationScoped
@Transactional
public class AtomFeedServiceImpl implements AtomFeedService {
  static final String SUBJECT = "feedAddress";

  @Inject PersonalFeedRepository addresses;
  @Inject NewsRepository posts;
  @Inject UserDirectory directory;
  @Inject CurrentUser currentUser;
  @Inject Readers readers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public FeedAddressView myFeedAddress() {
    UserProfile me = currentUser.requireSignedIn();
    return addresses
        .ofPerson(me.personId())
        .map(f -> new FeedAddressView(true, f.getCreatedAt()))
        .orElse(FeedAddressView.NONE);
  }

  @Override
  public String createMyFeedToken() {
    UserProfile me = currentUser.requireSignedIn();
    SecretToken token = SecretToken.generate();
    Instant now = clock.instant();
    addresses
        .ofPerson(me.personId())
        .ifPresentOrElse(
            f -> f.replace(token, now),
            () -> addresses.add(new PersonalFeed(me.personId(), token, now)));
    addresses.flush();
    audit.record("news.feedAddress.create", SUBJECT, me.personId(), me.displayName(), null, null);
    return token.text();
  }

  @Override
  public void revokeMyFeedToken() {
    UserProfile me = currentUser.requireSignedIn();
    if (addresses.remove(me.personId())) {
      addresses.flush();
      audit.record("news.feedAddress.revoke", SUBJECT, me.personId(), me.displayName(), null, null);
    }
  }

  @Override
  public AtomFeedView personalFeed(String token) {
    Reader owner =
        SecretToken.parse(token)
            .flatMap(addresses::byToken)
            .flatMap(f -> directory.findActiveProfile(f.getPersonId()))
            .map(readers::of)
            .orElseThrow(() -> new NotFoundException("error.news.notFound"));
    Instant now = clock.instant();
    List<Post> latest = posts.latest(owner.keys(), false, now, ENTRIES);
    // The query and the domain rule agree; checking again costs nothing and guards the boundary.
    return entries(
        "person-" + owner.personId(),
        latest.stream().filter(p -> NewsPolicy.isReader(owner, p, now)).toList(),
        now);
  }

  @Override
  public AtomFeedView publicFeed() {
    Instant now = clock.instant();
    List<Post> latest = posts.latest(Audience.everyoneKeys(), true, now, ENTRIES);
    return entries(
        "public", latest.stream().filter(p -> NewsPolicy.isInPublicFeed(p, now)).toList(), now);
  }

  /**
   * The entries with their authors' names. A feed reader is not signed in, so the names come from
   * the kernel's directory (one lookup per author, and feeds have few authors); an author who has
   * left is shown without a name (the page that writes the feed names the trust instead).
   */
  private AtomFeedView entries(String key, List<Post> shown, Instant now) {
    Set<Long> authorIds = shown.stream().map(Post::getAuthorId).collect(Collectors.toSet());
    Map<Long, String> authors = new HashMap<>();
    authorIds.forEach(
        id ->
            directory
                .findActiveProfile(id)
                .ifPresent(profile -> authors.put(id, profile.displayName())));
    List<AtomEntryView> entries =
        shown.stream()
            .map(
                p -> {
                  return new AtomEntryView(
                      p.getId(),
                      p.getTitle(),
                      p.getSummary(),
                      p.getBody(),
                      authors.getOrDefault(p.getAuthorId(), ""),
                      p.getPublishedAt(),
                      p.getUpdatedAt().isBefore(p.getPublishedAt())
                          ? p.getPublishedAt()
                          : p.getUpdatedAt());
                })
            .toList();
    return AtomFeedView.of(key, entries, now);
  }
}
