package org.trustintranet.web.staff;

import java.io.Serializable;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.PersonView;

/** A person's details as a form holds them while someone types: the mutable twin of PersonForm. */
public class PersonDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  private String email;
  private String givenName;
  private String familyName;
  private String jobTitle;

  public static PersonDraft of(PersonView person) {
    PersonDraft draft = new PersonDraft();
    draft.email = person.email();
    draft.givenName = person.givenName();
    draft.familyName = person.familyName();
    draft.jobTitle = person.jobTitle();
    return draft;
  }

  public PersonForm toForm() {
    return new PersonForm(email, givenName, familyName, jobTitle);
  }

  public String displayName() {
    return givenName + " " + familyName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }
}
