package org.trustintranet.web.rooms;

import java.io.Serializable;

/**
 * One weekday's line of the rules form on rooms/edit.xhtml: whether the room is bookable that day,
 * and from when to when, as typed ("08:00").
 */
public class RulesRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String day;
  private boolean open;
  private String opens;
  private String closes;

  public RulesRow(String day, boolean open, String opens, String closes) {
    this.day = day;
    this.open = open;
    this.opens = opens;
    this.closes = closes;
  }

  public String getDay() {
    return day;
  }

  public boolean isOpen() {
    return open;
  }

  public void setOpen(boolean open) {
    this.open = open;
  }

  public String getOpens() {
    return opens;
  }

  public void setOpens(String opens) {
    this.opens = opens;
  }

  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = closes;
  }
}
