package org.trustintranet.web.rooms;

import java.io.Serializable;

/** One line of the periods form on rooms/periods.xhtml, as typed: a name, a start and an end. */
public class PeriodRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private String starts;
  private String ends;

  public PeriodRow(String name, String starts, String ends) {
    this.name = name;
    this.starts = starts;
    this.ends = ends;
  }

  /** A line left empty, ignored when the form is saved. */
  boolean isBlank() {
    return blank(name) && blank(starts) && blank(ends);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStarts() {
    return starts;
  }

  public void setStarts(String starts) {
    this.starts = starts;
  }

  public String getEnds() {
    return ends;
  }

  public void setEnds(String ends) {
    this.ends = ends;
  }
}
