package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

/** A case study's details, its workflow's transitions, and who may do what with it. */
class CaseStudyTest {
  private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
  private static final long SCHOOL = 1;
  private static final long OTHER_SCHOOL = 2;
  private static final long AUTHOR = 7;
  private static final long OFFICER = 9;

  private static CaseStudyDetails details(String title, String context) {
    return new CaseStudyDetails(
        title,
        SCHOOL,
        Phase.PRIMARY,
        3,
        "English",
        context,
        "What we did",
        "The impact",
        "Ms Contact");
  }

  private static CaseStudy draft() {
    return new CaseStudy(details("Talk partners", "Our pupils"), AUTHOR, NOW);
  }

  private static String refusal(Runnable r) {
    return assertThrows(BusinessException.class, r::run).messageKey();
  }

  private static UserProfile person(long id, Map<Long, SchoolRole> roles, TrustRole... trust) {
    return new UserProfile(id, "P" + id, Set.of(trust), roles);
  }

  @Test
  void anEmptyTitleIsRefused() {
    assertEquals("error.caseStudy.titleRequired", refusal(() -> details("  ", "x")));
    assertEquals("error.caseStudy.titleRequired", refusal(() -> details(null, "x")));
  }

  @Test
  void overLongTextIsRefused() {
    assertEquals(
        "error.caseStudy.titleTooLong",
        refusal(() -> details("t".repeat(CaseStudyDetails.TITLE_LENGTH + 1), "x")));
    assertEquals(
        "error.caseStudy.contextTooLong",
        refusal(() -> details("Title", "c".repeat(CaseStudyDetails.TEXT_LENGTH + 1))));
    assertEquals(
        "error.caseStudy.contactTooLong",
        refusal(
            () ->
                new CaseStudyDetails(
                    "T", SCHOOL, Phase.PRIMARY, 3, "", "c", "a", "i", "x".repeat(201))));
    assertEquals(
        "Title", details(" Title ", "c".repeat(CaseStudyDetails.TEXT_LENGTH)).title(), "trimmed");
  }

  @Test
  void aSchoolAPhaseAndAFocusAreaAreRequired() {
    assertEquals(
        "error.caseStudy.schoolRequired",
        refusal(() -> new CaseStudyDetails("T", 0, Phase.PRIMARY, 3, "", "", "", "", "")));
    assertEquals(
        "error.caseStudy.phaseRequired",
        refusal(() -> new CaseStudyDetails("T", 1, null, 3, "", "", "", "", "")));
    assertEquals(
        "error.caseStudy.areaRequired",
        refusal(() -> new CaseStudyDetails("T", 1, Phase.PRIMARY, 0, "", "", "", "", "")));
  }

  @Test
  void aDraftGoesThroughReviewToPublished() {
    CaseStudy c = draft();
    assertEquals(CaseStudyState.DRAFT, c.getState());
    CaseStudyEvent submitted = c.submit(AUTHOR, NOW);
    assertEquals(CaseStudyStep.SUBMITTED, submitted.getStep());
    assertEquals(AUTHOR, submitted.getDoneBy());
    CaseStudyEvent returned = c.returnWithComments(" Say more about impact ", OFFICER, NOW);
    assertEquals(CaseStudyState.RETURNED, c.getState());
    assertEquals("Say more about impact", returned.getComment());
    c.revise(details("Talk partners in Year 4", "Our pupils"), AUTHOR, NOW.plusSeconds(60));
    assertEquals("Talk partners in Year 4", c.getTitle());
    c.submit(AUTHOR, NOW.plusSeconds(120));
    c.approve(OFFICER, NOW.plusSeconds(180));
    assertEquals(CaseStudyState.APPROVED, c.getState());
    CaseStudyEvent published = c.publish(OFFICER, NOW.plusSeconds(240));
    assertEquals(CaseStudyStep.PUBLISHED, published.getStep());
    assertEquals(CaseStudyState.PUBLISHED, c.getState());
    assertEquals(NOW.plusSeconds(240), c.getPublishedAt());
    assertNotNull(c.searchText("Oakfield"));
    assertTrue(c.searchText("Oakfield").contains("Oakfield"));
  }

  @Test
  void illegalTransitionsAreRefused() {
    CaseStudy c = draft();
    assertEquals("error.caseStudy.transition", refusal(() -> c.approve(OFFICER, NOW)));
    assertEquals("error.caseStudy.transition", refusal(() -> c.publish(OFFICER, NOW)));
    assertEquals(
        "error.caseStudy.transition", refusal(() -> c.returnWithComments("No", OFFICER, NOW)));
    c.submit(AUTHOR, NOW);
    assertEquals("error.caseStudy.transition", refusal(() -> c.submit(AUTHOR, NOW)));
    assertEquals("error.caseStudy.transition", refusal(() -> c.publish(OFFICER, NOW)));
    assertEquals(
        "error.caseStudy.notEditable",
        refusal(() -> c.revise(details("Changed", "x"), AUTHOR, NOW)));
    c.approve(OFFICER, NOW);
    assertEquals("error.caseStudy.transition", refusal(() -> c.approve(OFFICER, NOW)));
    c.publish(OFFICER, NOW);
    assertEquals("error.caseStudy.transition", refusal(() -> c.submit(AUTHOR, NOW)));
    assertEquals(CaseStudyState.PUBLISHED, c.getState());
  }

  @Test
  void returningNeedsCommentsWithinTheLimit() {
    CaseStudy c = draft();
    c.submit(AUTHOR, NOW);
    assertEquals(
        "error.caseStudy.commentRequired", refusal(() -> c.returnWithComments(" ", OFFICER, NOW)));
    assertEquals(
        "error.caseStudy.commentTooLong",
        refusal(() -> c.returnWithComments("x".repeat(2001), OFFICER, NOW)));
    assertEquals(CaseStudyState.SUBMITTED, c.getState(), "unchanged");
  }

  @Test
  void anIncompleteDraftCannotBeSubmittedAndTheSchoolStays() {
    CaseStudy c =
        new CaseStudy(
            new CaseStudyDetails("T", SCHOOL, Phase.PRIMARY, 3, "", "", "", "", ""), AUTHOR, NOW);
    assertEquals("error.caseStudy.incomplete", refusal(() -> c.submit(AUTHOR, NOW)));
    assertEquals(CaseStudyState.DRAFT, c.getState());
    assertEquals(
        "error.caseStudy.schoolFixed",
        refusal(
            () ->
                c.revise(
                    new CaseStudyDetails("T", OTHER_SCHOOL, Phase.PRIMARY, 3, "", "", "", "", ""),
                    AUTHOR,
                    NOW)));
  }

  @Test
  void whoMayDoWhat() {
    CaseStudy c = draft();
    UserProfile author = person(AUTHOR, Map.of(SCHOOL, SchoolRole.TEACHER));
    UserProfile colleague = person(8, Map.of(SCHOOL, SchoolRole.TEACHER));
    UserProfile admin = person(10, Map.of(SCHOOL, SchoolRole.SCHOOL_ADMIN));
    UserProfile otherAdmin = person(11, Map.of(OTHER_SCHOOL, SchoolRole.SCHOOL_ADMIN));
    UserProfile staff = person(12, Map.of(SCHOOL, SchoolRole.STAFF));
    UserProfile officer = person(OFFICER, Map.of(), TrustRole.EDUCATION_OFFICER);

    assertTrue(CaseStudyPolicy.mayWriteFor(colleague, SCHOOL));
    assertFalse(CaseStudyPolicy.mayWriteFor(colleague, OTHER_SCHOOL));
    assertFalse(CaseStudyPolicy.mayWriteFor(staff, SCHOOL), "support staff do not write");
    assertTrue(CaseStudyPolicy.mayWriteFor(admin, SCHOOL));
    assertTrue(CaseStudyPolicy.mayEdit(author, c));
    assertTrue(CaseStudyPolicy.mayEdit(admin, c));
    assertFalse(CaseStudyPolicy.mayEdit(colleague, c), "not an author");
    assertFalse(CaseStudyPolicy.mayEdit(otherAdmin, c));
    assertFalse(CaseStudyPolicy.maySee(officer, c), "a draft: not yet for the officer");
    assertFalse(CaseStudyPolicy.maySee(otherAdmin, c));
    assertFalse(CaseStudyPolicy.mayReview(admin));
    assertTrue(CaseStudyPolicy.mayReview(officer));

    c.submit(AUTHOR, NOW);
    assertTrue(CaseStudyPolicy.maySee(officer, c));
    assertFalse(CaseStudyPolicy.mayEdit(author, c), "submitted: no longer editable");
    c.approve(OFFICER, NOW);
    c.publish(OFFICER, NOW);
    assertTrue(CaseStudyPolicy.maySee(otherAdmin, c), "published: everyone of the trust");
    assertFalse(CaseStudyPolicy.maySee(UserProfile.ANONYMOUS, c));
  }

  @Test
  void aFileKeepsTheLastSegmentOfItsNameAndTheTypeOfItsExtension() {
    assertEquals("results.pdf", CaseStudyFile.cleanName("C:\\Users\\tom\\results.pdf"));
    assertEquals("passwd", CaseStudyFile.cleanName("../../etc/passwd"));
    assertEquals("error.caseStudy.fileName", refusal(() -> CaseStudyFile.cleanName("dir/ ")));
    assertEquals(
        "error.caseStudy.fileName", refusal(() -> CaseStudyFile.cleanName("x".repeat(256))));
    assertEquals("error.caseStudy.fileName", refusal(() -> CaseStudyFile.cleanName("a\nb.txt")));
    assertEquals("application/pdf", CaseStudyFile.typeOf("Results.PDF"));
    assertEquals("application/octet-stream", CaseStudyFile.typeOf("script.html"));
  }
}
