package org.trustintranet.membership.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.membership.domain.School;
import org.trustintranet.membership.domain.SchoolProfile;
import org.trustintranet.membership.domain.Urn;

/** A school as an admin fills it in. */
public record SchoolForm(
    @NotNull(message = "{school.urn.required}")
        @Pattern(regexp = Urn.PATTERN, message = "{school.urn.format}")
        String urn,
    @NotBlank(message = "{school.name.required}") @Size(max = School.NAME_LENGTH) String name,
    @NotNull(message = "{school.phase.required}") Phase phase,
    @Size(max = School.LOCAL_AUTHORITY_LENGTH) String localAuthority,
    @Size(max = School.ADDRESS_LENGTH) String address,
    @Size(max = School.HEAD_TEACHER_LENGTH) String headTeacher)
    implements Serializable {

  /** Surrounding spaces are not part of any field. */
  public SchoolForm {
    urn = PersonForm.trim(urn);
    name = PersonForm.trim(name);
    localAuthority = PersonForm.trim(localAuthority);
    address = PersonForm.trim(address);
    headTeacher = PersonForm.trim(headTeacher);
  }

  public SchoolProfile profile() {
    return new SchoolProfile(name, phase, localAuthority, address, headTeacher);
  }
}
