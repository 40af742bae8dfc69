package org.trustintranet.news.domain;

import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * A person as news sees them: who they are (schools, roles) and the staff networks they belong to
 * and lead now. Its keys ({@link Audience#readerKeys}) decide what they read by every path; the
 * networks they lead decide where else they may publish ({@link NewsPolicy#mayPublishTo}).
 */
public record Reader(UserProfile profile, Set<Long> networks, Set<Long> leads) {
  /** Nobody signed in: no key, no network. */
  public static final Reader ANONYMOUS = withoutNetworks(UserProfile.ANONYMOUS);

  /** A reader; only networks they belong to count among those they lead. */
  public Reader {
    networks = profile.isAnonymous() ? Set.of() : Set.copyOf(networks);
    Set<Long> member = networks;
    leads = leads.stream().filter(member::contains).collect(Collectors.toUnmodifiableSet());
  }

  /** Someone who belongs to no network (a test's person, or a profile read without networks). */
  public static Reader withoutNetworks(UserProfile profile) {
    return new Reader(profile, Set.of(), Set.of());
  }

  public long personId() {
    return profile.personId();
  }

  public boolean isAnonymous() {
    return profile.isAnonymous();
  }

  /** The reader's keys, to match against those of posts. */
  public Set<String> keys() {
    return Audience.readerKeys(this);
  }
}
