package org.trustintranet.networks.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * An academic term of schools in England and Wales: autumn (September to December), spring (January
 * to March) or summer (April to August) of a calendar year, "Autumn 2026". Its key ({@code
 * 2026-autumn}) is how it is stored and passed in addresses; it sorts in calendar order of the
 * key's year, then season.
 */
public record Term(int year, Season season) implements Comparable<Term>, Serializable {
  private static final long serialVersionUID = 1L;
  public static final int KEY_LENGTH = 12;
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  /** The three terms, in the order a calendar year holds them. */
  public enum Season {
    SPRING,
    SUMMER,
    AUTUMN
  }

  public Term {
    Objects.requireNonNull(season, "season");
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new BusinessException("error.learning.term");
    }
  }

  /** The term that holds {@code day}. */
  public static Term of(LocalDate day) {
    int month = day.getMonthValue();
    Season season = month >= 9 ? Season.AUTUMN : month >= 4 ? Season.SUMMER : Season.SPRING;
    return new Term(day.getYear(), season);
  }

  /** The term of a key such as {@code 2026-autumn}; refused when it is not one. */
  public static Term parse(String key) {
    if (key == null || key.length() > KEY_LENGTH || !key.matches("[0-9]{4}-[a-zA-Z]{6}")) {
      throw new BusinessException("error.learning.term");
    }
    try {
      return new Term(
          Integer.parseInt(key.substring(0, 4)),
          Season.valueOf(key.substring(5).toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new BusinessException("error.learning.term");
    }
  }

  /** The term after this one. */
  public Term next() {
    return switch (season) {
      case SPRING -> new Term(year, Season.SUMMER);
      case SUMMER -> new Term(year, Season.AUTUMN);
      case AUTUMN -> new Term(year + 1, Season.SPRING);
    };
  }

  /** The term before this one. */
  public Term previous() {
    return switch (season) {
      case SPRING -> new Term(year - 1, Season.AUTUMN);
      case SUMMER -> new Term(year, Season.SPRING);
      case AUTUMN -> new Term(year, Season.SUMMER);
    };
  }

  /** Whether {@code day} falls in this term. */
  public boolean holds(LocalDate day) {
    return of(day).equals(this);
  }

  public String key() {
    return year + "-" + season.name().toLowerCase(Locale.ROOT);
  }

  /** "Autumn 2026" (the screens translate the season by its key {@code learning.season.AUTUMN}). */
  @Override
  public String toString() {
    String name = season.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + " " + year;
  }

  @Override
  public int compareTo(Term other) {
    return year != other.year ? Integer.compare(year, other.year) : season.compareTo(other.season);
  }
}
