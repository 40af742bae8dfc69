package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.networks.application.NetworkMemberships;
import org.trustintranet.networks.application.PersonNetworks;
import org.trustintranet.news.domain.Reader;

/**
 * The one place a person becomes a {@link Reader}: their profile with the networks they belong to
 * and lead now, asked of networks each time (nothing is kept, so a change of membership counts at
 * once, on every instance). Every path that decides what someone reads starts here: the feed,
 * search, a post by its id, the Atom feed, comments, likes and the digest.
 */
@ApplicationScoped
class Readers {
  @Inject NetworkMemberships memberships;
  @Inject CurrentUser currentUser;

  /** The signed-in user as a reader. */
  Reader signedIn() {
    return of(currentUser.requireSignedIn());
  }

  /**
   * These people as readers now, for what they read (not where they may publish: no network counts
   * as led), in a statement per 500 people: the digest's many readers.
   */
  Map<Long, Reader> forReading(Map<Long, UserProfile> profiles) {
    Map<Long, Set<Long>> networks = memberships.currentNetworksOf(profiles.keySet());
    Map<Long, Reader> readers = new HashMap<>();
    profiles.forEach(
        (id, profile) ->
            readers.put(id, new Reader(profile, networks.getOrDefault(id, Set.of()), Set.of())));
    return readers;
  }

  /** This person as a reader now (nobody signed in: no network). */
  Reader of(UserProfile profile) {
    if (profile.isAnonymous()) {
      return Reader.withoutNetworks(profile);
    }
    PersonNetworks networks = memberships.networksOf(profile.personId());
    return new Reader(profile, networks.current(), networks.led());
  }
}
