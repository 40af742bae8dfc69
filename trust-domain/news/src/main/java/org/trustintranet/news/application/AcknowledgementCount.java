package org.trustintranet.news.application;

import java.io.Serializable;

/** At one school of a must-read's audience: how many it is for, and how many acknowledged it. */
public record AcknowledgementCount(long schoolId, String schoolName, int readers, int acknowledged)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public int outstanding() {
    return readers - acknowledged;
  }
}
