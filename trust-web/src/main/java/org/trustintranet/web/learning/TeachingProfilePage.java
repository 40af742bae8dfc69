package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustintranet.networks.application.ProfileForm;
import org.trustintranet.networks.application.ProfileView;
import org.trustintranet.networks.application.TeachingProfileService;
import org.trustintranet.networks.domain.ProfileVisibility;
import org.trustintranet.web.support.Feedback;

/**
 * Backs learning/profile.xhtml: the signed-in person's teaching profile — the focus areas they are
 * strong in, those they are developing, and who may see it. Only areas the page offered can be
 * posted (the checkboxes' own validation); the service checks them again against the trust's list.
 */
@Named
@ViewScoped
public class TeachingProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TeachingProfileService profiles;
  @Inject Feedback feedback;

  private ProfileView profile;
  private List<Long> strengths = new ArrayList<>();
  private List<Long> developing = new ArrayList<>();
  private ProfileVisibility visibility;

  public void load() {
    profile = profiles.myProfile();
    strengths = new ArrayList<>(profile.strengths());
    developing = new ArrayList<>(profile.developing());
    visibility = profile.visibility();
  }

  /** Saves the profile and shows it as saved. */
  public void save() {
    Set<Long> strong = new HashSet<>(strengths);
    Set<Long> develop = new HashSet<>(developing);
    if (feedback.attempt(
        () -> profiles.saveProfile(new ProfileForm(strong, develop, visibility)),
        "learning.profile.saved")) {
      load();
    }
  }

  public ProfileView getProfile() {
    return profile;
  }

  public List<Long> getStrengths() {
    return strengths;
  }

  public void setStrengths(List<Long> strengths) {
    this.strengths = strengths == null ? new ArrayList<>() : strengths;
  }

  public List<Long> getDeveloping() {
    return developing;
  }

  public void setDeveloping(List<Long> developing) {
    this.developing = developing == null ? new ArrayList<>() : developing;
  }

  public ProfileVisibility getVisibility() {
    return visibility;
  }

  public void setVisibility(ProfileVisibility visibility) {
    this.visibility = visibility;
  }

  public List<ProfileVisibility> getVisibilities() {
    return List.of(ProfileVisibility.values());
  }
}
