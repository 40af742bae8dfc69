package org.trustintranet.membership.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.membership.domain.Credential;

/**
 * What concerns the whole of a person: their details, password, leaving and trust roles. Who may do
 * each is decided by {@code StaffPolicy} (and shown to screens as {@link PersonActions}).
 */
public interface StaffAdministrationService {
  /** Saves changes to the version the admin loaded; fails if someone changed it since. */
  void revisePerson(long personId, long loadedVersion, @NotNull @Valid PersonForm form);

  /** Marks a person as having left the trust: no sign-in, no memberships, their work kept. */
  void markLeft(long personId, long loadedVersion);

  /** Brings a leaver back; their schools must be given again. */
  void reinstate(long personId);

  void grant(long personId, @NotNull TrustRole role);

  void revoke(long personId, @NotNull TrustRole role);

  /** Sets someone else's password (a first password, or a reset). */
  void setPassword(
      long personId,
      @NotNull
          @Size(
              min = Credential.MIN_PASSWORD_LENGTH,
              max = Credential.MAX_PASSWORD_LENGTH,
              message = "{password.length}")
          String newPassword);
}
