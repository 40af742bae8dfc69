package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.trustintranet.networks.domain.ProfileVisibility;

/** What a teacher says of their teaching: focus area ids of each kind, and who may see it. */
public record ProfileForm(
    @NotNull Set<Long> strengths, @NotNull Set<Long> developing, ProfileVisibility visibility) {
  public ProfileForm {
    strengths = strengths == null ? null : Set.copyOf(strengths);
    developing = developing == null ? null : Set.copyOf(developing);
  }
}
