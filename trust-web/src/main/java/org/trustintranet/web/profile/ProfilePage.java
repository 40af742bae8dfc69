package org.trustintranet.web.profile;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.membership.application.AccountService;
import org.trustintranet.membership.application.PersonView;
import org.trustintranet.web.language.LanguageChoice;
import org.trustintranet.web.support.Feedback;

/** Backs profile.xhtml: my schools and roles, my job title, my language, my password. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject Feedback feedback;
  @Inject LanguageChoice languageChoice;
  @Inject FacesContext faces;

  private PersonView me;
  private String jobTitle;
  private String language;
  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  public PersonView getMe() {
    if (me == null) {
      me = accounts.me();
      jobTitle = me.jobTitle();
      language = Language.of(faces.getViewRoot().getLocale()).orElse(Language.ENGLISH).tag();
    }
    return me;
  }

  public void saveJobTitle() {
    if (feedback.attempt(() -> accounts.changeMyJobTitle(jobTitle), "profile.jobTitleSaved")) {
      me = null;
    }
  }

  /**
   * Stores the chosen language and shows this page again in it; the confirmation is already in the
   * new language.
   */
  public String saveLanguage() {
    Language chosen = Language.ofTag(language).orElse(null);
    if (chosen == null) {
      feedback.error("error.unexpected");
      return null;
    }
    boolean saved =
        feedback.attempt(
            () -> {
              languageChoice.choose(chosen);
              faces.getViewRoot().setLocale(chosen.locale());
            },
            "profile.languageSaved");
    return saved ? "/profile?faces-redirect=true" : null;
  }

  /** The languages to choose from, each named in itself. */
  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  public String getLanguage() {
    getMe();
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public void changePassword() {
    String current = currentPassword;
    String next = newPassword;
    String repeated = repeatPassword;
    currentPassword = null;
    newPassword = null;
    repeatPassword = null;
    if (next == null || !next.equals(repeated)) {
      feedback.error("profile.passwordsDiffer");
      return;
    }
    feedback.attempt(() -> accounts.changeMyPassword(current, next), "profile.passwordChanged");
  }

  public String getJobTitle() {
    getMe();
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
