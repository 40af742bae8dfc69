package org.trustintranet.news.application;

import jakarta.validation.constraints.NotNull;

/**
 * The news digest by mail: each person chooses none, daily or weekly for themselves; the link in
 * each digest stops it without signing in.
 */
public interface DigestService {
  /** The current user's choice (none until they make one). */
  DigestChoiceOption myDigest();

  /** The current user chooses how often they get the digest. */
  void chooseDigest(@NotNull DigestChoiceOption frequency);

  /**
   * Stops the digest of whoever holds {@code token} (the link in their digests); needs nobody
   * signed in, the token is the authority.
   *
   * @return true when a digest was stopped; false when the token is unknown or already stopped
   */
  boolean unsubscribe(String token);
}
