package org.trustintranet.membership.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.Person;

/** A person's details as an admin fills them in. */
public record PersonForm(
    @NotBlank(message = "{person.email.required}")
        @Email(message = "{person.email.format}")
        @Size(max = EmailAddress.MAX_LENGTH)
        String email,
    @NotBlank(message = "{person.givenName.required}") @Size(max = Person.NAME_LENGTH)
        String givenName,
    @NotBlank(message = "{person.familyName.required}") @Size(max = Person.NAME_LENGTH)
        String familyName,
    @Size(max = Person.JOB_TITLE_LENGTH) String jobTitle)
    implements Serializable {

  /** Surrounding spaces, as pasted from a spreadsheet or an email, are not part of any field. */
  public PersonForm {
    email = trim(email);
    givenName = trim(givenName);
    familyName = trim(familyName);
    jobTitle = trim(jobTitle);
  }

  static String trim(String text) {
    return text == null ? null : text.strip();
  }
}
