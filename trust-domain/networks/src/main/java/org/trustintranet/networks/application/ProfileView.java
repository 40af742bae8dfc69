package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.trustintranet.networks.domain.ProfileVisibility;

/**
 * The asker's teaching profile and the areas they may choose from: those offered now and any
 * retired area already on the profile. {@code updatedAt} is null before the first save.
 */
public record ProfileView(
    List<Long> strengths,
    List<Long> developing,
    ProfileVisibility visibility,
    Instant updatedAt,
    List<FocusAreaView> choices)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ProfileView {
    strengths = List.copyOf(strengths);
    developing = List.copyOf(developing);
    choices = List.copyOf(choices);
  }
}
