package org.trustintranet.membership.application;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/**
 * What came of a sign-in attempt: accepted (with the person id and the groups they belong to),
 * refused (wrong email or password: which one is never said), or locked (too many failures, try
 * again later).
 */
public record SignInResult(Outcome outcome, long personId, Set<String> groups, Duration lockedFor)
    implements Serializable {
  public enum Outcome {
    ACCEPTED,
    REFUSED,
    LOCKED
  }

  public SignInResult {
    groups = Set.copyOf(groups);
  }

  static SignInResult accepted(long personId, Set<String> groups) {
    return new SignInResult(Outcome.ACCEPTED, personId, groups, Duration.ZERO);
  }

  static SignInResult refused() {
    return new SignInResult(Outcome.REFUSED, 0, Set.of(), Duration.ZERO);
  }

  static SignInResult locked(Duration remaining) {
    return new SignInResult(Outcome.LOCKED, 0, Set.of(), remaining);
  }

  public boolean accepted() {
    return outcome == Outcome.ACCEPTED;
  }
}
