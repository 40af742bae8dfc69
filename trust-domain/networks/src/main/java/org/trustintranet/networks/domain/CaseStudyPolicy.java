package org.trustintranet.networks.domain;

import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may do what with case studies, written once and asked by the service and the pages alike.
 *
 * <ul>
 *   <li>Read the library (published case studies): anyone of the trust.
 *   <li>Write one: a teacher or admin of the school it is written for (trust admins administer
 *       every school).
 *   <li>Edit it and submit it, while a draft or returned: its authors, and the admins of its
 *       school; another school's people may not.
 *   <li>Return it with comments, approve it, publish it: education officers only.
 *   <li>See one not yet published: its authors and its school's admins; education officers once it
 *       has been submitted.
 * </ul>
 */
public final class CaseStudyPolicy {
  private CaseStudyPolicy() {}

  public static boolean mayRead(UserProfile me) {
    return NetworkPolicy.belongsToTrust(me);
  }

  public static boolean mayWriteFor(UserProfile me, long schoolId) {
    return !me.isAnonymous()
        && (me.hasAt(schoolId, SchoolRole.TEACHER) || me.mayAdministerSchool(schoolId));
  }

  /** Whether this person may write case studies for some school (offers "Write a case study"). */
  public static boolean mayWriteAny(UserProfile me) {
    return !me.isAnonymous()
        && (me.isTrustAdmin() || !me.schoolsWhere(SchoolRole.TEACHER).isEmpty());
  }

  /** One of its authors or an admin of its school: may edit it while editable, and see it. */
  public static boolean isOwner(UserProfile me, CaseStudy study) {
    return !me.isAnonymous()
        && (study.isAuthor(me.personId()) || me.mayAdministerSchool(study.getSchoolId()));
  }

  public static boolean mayEdit(UserProfile me, CaseStudy study) {
    return study.getState().isEditable() && isOwner(me, study);
  }

  public static boolean mayReview(UserProfile me) {
    return !me.isAnonymous() && me.has(TrustRole.EDUCATION_OFFICER);
  }

  public static boolean maySee(UserProfile me, CaseStudy study) {
    if (study.getState() == CaseStudyState.PUBLISHED) {
      return mayRead(me);
    }
    return isOwner(me, study) || (mayReview(me) && study.getState() != CaseStudyState.DRAFT);
  }
}
