package org.trustintranet.networks.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Suggests observation partners: colleagues strong in what a teacher is developing, ranked by how
 * many of the teacher's development areas they are strong in, then by how near they work (same
 * school, then a shared network or hub, then the trust), then by person id so the order is stable.
 * A colleague who shows their profile to their own schools only is suggested only to those schools;
 * one who shows it to nobody is never suggested. Pure: the caller reads the profiles and who works
 * where.
 */
public final class PartnerMatcher {
  private PartnerMatcher() {}

  /** Another teacher's profile, as the matcher needs it. */
  public record Candidate(long personId, Set<Long> strengths, ProfileVisibility visibility) {
    public Candidate {
      strengths = Set.copyOf(strengths);
    }
  }

  /** A suggested partner: the development areas they are strong in (in id order) and how near. */
  public record Match(long personId, List<Long> areas, Nearness nearness) {
    public Match {
      areas = List.copyOf(areas);
    }
  }

  private static final Comparator<Match> BEST_FIRST =
      Comparator.comparingInt((Match m) -> -m.areas().size())
          .thenComparing(Match::nearness)
          .thenComparingLong(Match::personId);

  /**
   * The best {@code limit} partners for a teacher.
   *
   * @param teacher the teacher asking, never suggested to themselves
   * @param developing the teacher's development areas
   * @param schoolmates people at one of the teacher's schools
   * @param networkmates people in one of the teacher's current networks
   */
  public static List<Match> suggest(
      long teacher,
      Set<Long> developing,
      Set<Long> schoolmates,
      Set<Long> networkmates,
      Collection<Candidate> candidates,
      int limit) {
    if (developing.isEmpty() || limit <= 0) {
      return List.of();
    }
    return candidates.stream()
        .filter(c -> c.personId() != teacher)
        .filter(c -> visibleTo(c, schoolmates))
        .map(c -> match(c, developing, schoolmates, networkmates))
        .filter(m -> !m.areas().isEmpty())
        .sorted(BEST_FIRST)
        .limit(limit)
        .toList();
  }

  private static boolean visibleTo(Candidate c, Set<Long> schoolmates) {
    return switch (c.visibility()) {
      case TRUST -> true;
      case SCHOOLS -> schoolmates.contains(c.personId());
      case NOBODY -> false;
    };
  }

  private static Match match(
      Candidate c, Set<Long> developing, Set<Long> schoolmates, Set<Long> networkmates) {
    Set<Long> shared = new TreeSet<>(c.strengths());
    shared.retainAll(developing);
    Nearness nearness =
        schoolmates.contains(c.personId())
            ? Nearness.SAME_SCHOOL
            : networkmates.contains(c.personId()) ? Nearness.SAME_NETWORK : Nearness.TRUST;
    return new Match(c.personId(), List.copyOf(shared), nearness);
  }
}
