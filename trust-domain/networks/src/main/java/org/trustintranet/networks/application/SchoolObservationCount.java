package org.trustintranet.networks.application;

import java.io.Serializable;

/** How many peer observations were completed with someone of a school: a number, no content. */
public record SchoolObservationCount(long schoolId, String schoolName, long completed)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
