package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * A school that can help with a focus area: how many case studies in it it has published, how many
 * of its staff are strong in it (among the profiles the asker may see) and up to three of them to
 * contact, by name and job title.
 */
public record SchoolExpertiseView(
    long schoolId, String school, long caseStudies, int strongStaff, List<String> contacts)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public SchoolExpertiseView {
    contacts = List.copyOf(contacts);
  }
}
