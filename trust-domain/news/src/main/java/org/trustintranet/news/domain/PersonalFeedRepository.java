package org.trustintranet.news.domain;

import java.util.Optional;
import org.trustintranet.kernel.domain.SecretToken;

/** Where personal feed addresses (their token hashes) are kept. */
public interface PersonalFeedRepository {
  Optional<PersonalFeed> ofPerson(long personId);

  /** The address whose token this is (looked up by its hash). */
  Optional<PersonalFeed> byToken(SecretToken token);

  void add(PersonalFeed feed);

  /** Forgets the person's address, if they have one; true if there was one. */
  boolean remove(long personId);

  void flush();
}
