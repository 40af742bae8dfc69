package org.trustintranet.kernel.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * The person behind the current request, looked up once per request. Services ask it before they
 * act and throw {@link NotPermittedException} when the answer is no.
 */
@RequestScoped
public class CurrentUser implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CallerIdentity callerIdentity;
  @Inject UserDirectory userDirectory;

  private transient UserProfile profile;

  public UserProfile profile() {
    if (profile == null) {
      profile =
          callerIdentity
              .callerPersonId()
              .flatMap(userDirectory::findActiveProfile)
              .orElse(UserProfile.ANONYMOUS);
    }
    return profile;
  }

  public long personId() {
    return requireSignedIn().personId();
  }

  public UserProfile requireSignedIn() {
    UserProfile p = profile();
    if (p.isAnonymous()) {
      throw new NotPermittedException();
    }
    return p;
  }

  public void requireTrustRole(TrustRole role) {
    if (!requireSignedIn().has(role)) {
      throw new NotPermittedException();
    }
  }

  /** Passes for trust admins and for school admins of {@code schoolId}; throws otherwise. */
  public void requireSchoolAdmin(long schoolId) {
    if (!requireSignedIn().mayAdministerSchool(schoolId)) {
      throw new NotPermittedException();
    }
  }

  public void requireAtSchool(long schoolId, SchoolRole role) {
    UserProfile p = requireSignedIn();
    if (!p.isTrustAdmin() && !p.hasAt(schoolId, role)) {
      throw new NotPermittedException();
    }
  }

  /** Forgets the cached profile, after the user's own roles changed within this request. */
  public void refresh() {
    profile = null;
  }
}
