package org.trustintranet.web.networks;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.networks.application.NetworkRow;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;

/**
 * A network's details as a form holds them (text, as typed): the create form and a lead's edit
 * form. {@link #details()} checks them as the domain does ({@link NetworkDetails}), throwing the
 * same business failures, so that the page shows them through {@code Feedback}.
 */
public class NetworkForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An end date that is not a date. */
  static final String END_DATE = "error.networks.endDate";

  private String name;
  private String purpose;
  private String kind;
  private String joining;
  private boolean cohort;
  private String endsOn;

  /** The form filled with a network's details, to change them. */
  static NetworkForm of(NetworkRow row) {
    NetworkForm form = new NetworkForm();
    form.name = row.name();
    form.purpose = row.purpose();
    form.kind = row.kind().name();
    form.joining = row.joining().name();
    form.cohort = row.cohort();
    form.endsOn = row.endsOn() == null ? null : row.endsOn().toString();
    return form;
  }

  /** The details, checked; a business failure names what is wrong. */
  NetworkDetails details() {
    LocalDate end;
    try {
      end = endsOn == null || endsOn.isBlank() ? null : LocalDate.parse(endsOn.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException(END_DATE);
    }
    return new NetworkDetails(
        name, purpose, parse(NetworkKind.class, kind), parse(Joining.class, joining), cohort, end);
  }

  /** The constant of {@code type} named {@code value}, or null for none or an unknown one. */
  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getJoining() {
    return joining;
  }

  public void setJoining(String joining) {
    this.joining = joining;
  }

  public boolean isCohort() {
    return cohort;
  }

  public void setCohort(boolean cohort) {
    this.cohort = cohort;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }
}
