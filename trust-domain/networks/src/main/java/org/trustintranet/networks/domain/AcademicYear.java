package org.trustintranet.networks.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * The school year of England and Wales: 1 September to 31 August. A cohort network's membership
 * lapses at the end of the academic year it was given or renewed in.
 */
public final class AcademicYear {
  /** The schools' time zone, in which "today" is reckoned. */
  public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/London");

  private AcademicYear() {}

  /** The last day (31 August) of the academic year that holds {@code day}. */
  public static LocalDate endOf(LocalDate day) {
    LocalDate august31 = LocalDate.of(day.getYear(), Month.AUGUST, 31);
    return day.isAfter(august31) ? august31.plusYears(1) : august31;
  }
}
