package org.trustintranet.networks.application;

import java.util.Set;
import org.trustintranet.networks.domain.ProfileVisibility;

/**
 * What a teacher says of their teaching: focus area ids of each kind (none given is none chosen),
 * and who may see it.
 */
public record ProfileForm(Set<Long> strengths, Set<Long> developing, ProfileVisibility visibility) {
  public ProfileForm {
    strengths = strengths == null ? Set.of() : Set.copyOf(strengths);
    developing = developing == null ? Set.of() : Set.copyOf(developing);
  }
}
