package org.trustintranet.networks.application;

import java.io.Serializable;

/** A file attached to a case study, as its page lists it: its id, name and size in bytes. */
public record CaseStudyFileView(long id, String fileName, long size) implements Serializable {
  private static final long serialVersionUID = 1L;
}
