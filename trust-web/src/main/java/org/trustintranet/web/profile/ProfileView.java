package org.trustintranet.web.profile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.trustintranet.membership.application.AccountService;
import org.trustintranet.membership.application.PersonView;
import org.trustintranet.web.support.Feedback;

/** Backs profile.xhtml: my schools and roles, my job title, my password. */
@Named
@ViewScoped
public class ProfileView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject Feedback feedback;

  private PersonView me;
  private String jobTitle;
  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  public PersonView getMe() {
    if (me == null) {
      me = accounts.me();
      jobTitle = me.jobTitle();
    }
    return me;
  }

  public void saveJobTitle() {
    if (feedback.attempt(() -> accounts.changeMyJobTitle(jobTitle), "profile.jobTitleSaved")) {
      me = null;
    }
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
