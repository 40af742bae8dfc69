package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;

/**
 * Teaching profiles and the focus areas they are made of. Every signed-in person keeps their own
 * profile (strengths and development areas from the trust's list, and who may see it) and is
 * suggested observation partners from it; trust admins keep the list of focus areas. Who may see a
 * profile is {@code PartnerMatcher}'s rule, used for every suggestion.
 */
public interface TeachingProfileService {
  /**
   * The trust's focus areas, retired ones included, in name order, and whether the asker may change
   * them; anyone signed in.
   */
  FocusAreaList focusAreas();

  /** Adds a focus area to the list; trust admins. Returns its id. */
  long addFocusArea(String name, String welshName);

  /** Renames a focus area, retires it or offers it again; trust admins. */
  void changeFocusArea(long areaId, String name, String welshName, boolean retired);

  /** The asker's own profile (empty before they first save it) and the areas they may choose. */
  ProfileView myProfile();

  /** Replaces the asker's own profile. */
  void saveProfile(@NotNull ProfileForm form);

  /**
   * Colleagues strong in the asker's development areas, best first (at most {@value
   * #MOST_SUGGESTIONS}): see {@code PartnerMatcher} for the ranking.
   */
  PartnerSuggestions partners();

  /**
   * Which schools can help with a focus area: the schools that published case studies in it or
   * whose staff are strong in it, the most case studies first, then the most such staff (only
   * profiles the asker may see count), each with up to three contacts.
   */
  ExpertiseView expertise(long areaId);

  int MOST_SUGGESTIONS = 20;
}
