package org.trustintranet.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.networks.application.ExpertiseView;
import org.trustintranet.networks.application.FocusAreaView;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.PartnerSuggestions;
import org.trustintranet.networks.application.PartnerView;
import org.trustintranet.networks.application.ProfileForm;
import org.trustintranet.networks.application.ProfileView;
import org.trustintranet.networks.application.SchoolExpertiseView;
import org.trustintranet.networks.application.TeachingProfileService;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.Nearness;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.networks.domain.ProfileVisibility;

/**
 * Teaching profiles and partner suggestions against the real database: the focus-area list is kept
 * by trust admins only, with names unique and bad names refused; a profile round-trips, and bad
 * profiles (an area of both kinds, an area not on the list, a retired area newly chosen) save
 * nothing; suggestions rank by matching areas then nearness (school, network, trust) and never show
 * a profile hidden from the asker, nor a leaver.
 */
@ExtendWith(ArquillianExtension.class)
class TeachingProfilesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        TeachingProfilesIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject TeachingProfileService profiles;
  @Inject NetworkService networks;
  @Inject Acting acting;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject StaffDirectoryService directory;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private long person(String prefix, String school) {
    acting.as("trust.admin");
    return schoolStaff.addPerson(
        new PersonForm(TestData.uniqueEmail(prefix), "Profile", prefix, "Class teacher"),
        acting.school(school),
        SchoolRole.TEACHER);
  }

  /** A focus area of this test's own, so that demo profiles never match it. */
  private long area(String name) {
    acting.as("trust.admin");
    return profiles.addFocusArea(name + " " + Long.toString(System.nanoTime(), 36), "");
  }

  private void describe(long person, Set<Long> strong, Set<Long> developing, ProfileVisibility v) {
    acting.as(person);
    profiles.saveProfile(new ProfileForm(strong, developing, v));
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void onlyTrustAdminsKeepTheListAndItsNamesAreUniqueAndSensible() {
    long area = area("Questioning in science");
    String name =
        profiles.focusAreas().areas().stream()
            .filter(a -> a.id() == area)
            .findFirst()
            .orElseThrow()
            .name();
    int before = profiles.focusAreas().areas().size();

    acting.as("teacher");
    assertFalse(profiles.focusAreas().mayManage());
    assertThrows(NotPermittedException.class, () -> profiles.addFocusArea("Mine", ""));
    assertThrows(
        NotPermittedException.class, () -> profiles.changeFocusArea(area, "Renamed", "", true));
    acting.as("school.admin");
    assertThrows(NotPermittedException.class, () -> profiles.addFocusArea("Mine", ""));
    acting.nobody();
    assertThrows(NotPermittedException.class, () -> profiles.focusAreas());

    acting.as("trust.admin");
    assertTrue(profiles.focusAreas().mayManage());
    assertEquals(
        "error.focusArea.taken", refusal(() -> profiles.addFocusArea(name.toUpperCase(), "")));
    assertEquals(
        "error.focusArea.taken",
        refusal(
            () ->
                profiles.changeFocusArea(
                    profiles.focusAreas().areas().stream()
                        .filter(a -> a.name().equals("Oracy"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                    name,
                    "",
                    false)));
    assertEquals("error.focusArea.nameRequired", refusal(() -> profiles.addFocusArea("  ", "")));
    assertEquals(
        "error.focusArea.nameTooLong", refusal(() -> profiles.addFocusArea("x".repeat(81), "")));
    assertEquals(
        "error.focusArea.nameTooLong",
        refusal(() -> profiles.addFocusArea("Fine", "y".repeat(81))));
    assertThrows(
        NotFoundException.class, () -> profiles.changeFocusArea(987654321L, "Gone", "", false));
    assertEquals(before, profiles.focusAreas().areas().size(), "nothing refused was saved");

    profiles.changeFocusArea(area, name, "Holi mewn gwyddoniaeth", true);
    FocusAreaView changed =
        profiles.focusAreas().areas().stream()
            .filter(a -> a.id() == area)
            .findFirst()
            .orElseThrow();
    assertTrue(changed.retired());
    assertEquals("Holi mewn gwyddoniaeth", changed.nameIn("cy"));
    assertEquals(name, changed.nameIn("en"));
  }

  @Test
  void aProfileRoundTripsAndBadProfilesSaveNothing() {
    long a = area("Oracy in maths");
    long b = area("Modelling writing");
    long c = area("Retired area");
    long me = person("round", "Oakfield Primary School");

    acting.as(me);
    ProfileView empty = profiles.myProfile();
    assertNull(empty.updatedAt());
    assertEquals(ProfileVisibility.TRUST, empty.visibility());
    assertTrue(empty.choices().stream().anyMatch(v -> v.id() == a));

    describe(me, Set.of(a, c), Set.of(b), ProfileVisibility.SCHOOLS);
    ProfileView saved = profiles.myProfile();
    assertEquals(List.of(a, c).stream().sorted().toList(), saved.strengths());
    assertEquals(List.of(b), saved.developing());
    assertEquals(ProfileVisibility.SCHOOLS, saved.visibility());

    assertEquals(
        "error.profile.bothKinds",
        refusal(
            () ->
                profiles.saveProfile(
                    new ProfileForm(Set.of(a), Set.of(a), ProfileVisibility.TRUST))));
    assertEquals(
        "error.profile.unknownArea",
        refusal(
            () ->
                profiles.saveProfile(
                    new ProfileForm(Set.of(987654321L), Set.of(), ProfileVisibility.TRUST))));
    assertEquals(
        "error.profile.visibilityRequired",
        refusal(() -> profiles.saveProfile(new ProfileForm(Set.of(a), Set.of(), null))));
    assertEquals(saved.strengths(), profiles.myProfile().strengths(), "nothing refused was saved");
    assertEquals(ProfileVisibility.SCHOOLS, profiles.myProfile().visibility());

    acting.as("trust.admin");
    profiles.changeFocusArea(
        c,
        profiles.focusAreas().areas().stream()
            .filter(v -> v.id() == c)
            .findFirst()
            .orElseThrow()
            .name(),
        "",
        true);
    acting.as(me);
    describe(me, Set.of(a, c), Set.of(), ProfileVisibility.TRUST);
    assertTrue(
        profiles.myProfile().choices().stream().anyMatch(v -> v.id() == c),
        "a retired area already held is still offered to its holder");
    long other = person("other", "Riverside Academy");
    acting.as(other);
    assertFalse(profiles.myProfile().choices().stream().anyMatch(v -> v.id() == c));
    assertEquals(
        "error.profile.unknownArea",
        refusal(
            () ->
                profiles.saveProfile(
                    new ProfileForm(Set.of(c), Set.of(), ProfileVisibility.TRUST))));
  }

  @Test
  void partnersAreRankedByAreasThenNearnessAndHiddenProfilesAndLeaversNeverShow() {
    long a = area("Questioning deeply");
    long b = area("Oracy for all");
    long seeker = person("seeker", "Oakfield Primary School");
    long both = person("both", "Riverside Academy");
    long schoolmate = person("schoolmate", "Oakfield Primary School");
    long schoolmateOwnSchools = person("ownschools", "Oakfield Primary School");
    long elsewhereOwnSchools = person("elsewhere", "Riverside Academy");
    long hidden = person("hidden", "Oakfield Primary School");
    long leaver = person("leaver", "Riverside Academy");
    long networkmate = person("networkmate", "Riverside Academy");
    long stranger = person("stranger", "Riverside Academy");

    acting.as("trust.admin");
    long network =
        networks.create(
            new NetworkDetails(
                "Profiles " + Long.toString(System.nanoTime(), 36),
                "A hub",
                NetworkKind.HUB,
                Joining.OPEN,
                false,
                null),
            networkmate);
    acting.as(seeker);
    networks.join(network);

    acting.as(seeker);
    assertFalse(profiles.partners().developing(), "nothing to develop, nothing to match");

    describe(seeker, Set.of(), Set.of(a, b), ProfileVisibility.NOBODY);
    describe(both, Set.of(a, b), Set.of(), ProfileVisibility.TRUST);
    describe(schoolmate, Set.of(a), Set.of(), ProfileVisibility.TRUST);
    describe(schoolmateOwnSchools, Set.of(b), Set.of(), ProfileVisibility.SCHOOLS);
    describe(elsewhereOwnSchools, Set.of(a, b), Set.of(), ProfileVisibility.SCHOOLS);
    describe(hidden, Set.of(a, b), Set.of(), ProfileVisibility.NOBODY);
    describe(leaver, Set.of(a, b), Set.of(), ProfileVisibility.TRUST);
    describe(networkmate, Set.of(b), Set.of(), ProfileVisibility.TRUST);
    describe(stranger, Set.of(a), Set.of(), ProfileVisibility.TRUST);
    acting.as("trust.admin");
    administration.markLeft(leaver, directory.person(leaver).version());

    acting.as(seeker);
    PartnerSuggestions s = profiles.partners();
    assertTrue(s.developing());
    List<Long> order = s.partners().stream().map(PartnerView::personId).toList();
    List<Long> sameSchool = List.of(schoolmate, schoolmateOwnSchools).stream().sorted().toList();
    assertEquals(List.of(both, sameSchool.get(0), sameSchool.get(1), networkmate, stranger), order);
    PartnerView first = s.partners().get(0);
    assertEquals(
        List.of(a, b).stream().sorted().toList(),
        first.areas().stream().map(FocusAreaView::id).toList());
    assertEquals(Nearness.TRUST, first.nearness());
    assertEquals(List.of("Riverside Academy"), first.schools());
    assertEquals(
        List.of(
            Nearness.TRUST,
            Nearness.SAME_SCHOOL,
            Nearness.SAME_SCHOOL,
            Nearness.SAME_NETWORK,
            Nearness.TRUST),
        s.partners().stream().map(PartnerView::nearness).toList());

    acting.as(schoolmate);
    describe(schoolmate, Set.of(), Set.of(a), ProfileVisibility.TRUST);
    assertEquals(
        List.of(both, stranger),
        profiles.partners().partners().stream().map(PartnerView::personId).toList(),
        "hidden profiles, leavers and profiles for other schools only never show");
    assertTrue(
        profiles.partners().partners().stream().noneMatch(p -> p.personId() == elsewhereOwnSchools),
        "a profile for its own schools is not shown at another school");
    acting.nobody();
    assertThrows(NotPermittedException.class, () -> profiles.partners());
    assertThrows(NotPermittedException.class, () -> profiles.myProfile());
  }

  @Test
  void schoolsWithExpertiseAreRankedByStaffStrongInTheAreaAsTheAskerMaySeeThem() {
    long area = area("Phonics for older readers");
    long oak1 = person("oak1", "Oakfield Primary School");
    long oak2 = person("oak2", "Oakfield Primary School");
    long river = person("river", "Riverside Academy");
    long riverOwn = person("riverown", "Riverside Academy");
    long riverHidden = person("riverhidden", "Riverside Academy");
    describe(oak1, Set.of(area), Set.of(), ProfileVisibility.TRUST);
    describe(oak2, Set.of(area), Set.of(), ProfileVisibility.SCHOOLS);
    describe(river, Set.of(area), Set.of(), ProfileVisibility.TRUST);
    describe(riverOwn, Set.of(area), Set.of(), ProfileVisibility.SCHOOLS);
    describe(riverHidden, Set.of(area), Set.of(), ProfileVisibility.NOBODY);

    long asker = person("asker", "Oakfield Primary School");
    acting.as(asker);
    ExpertiseView x = profiles.expertise(area);
    assertEquals(area, x.area().id());
    assertEquals(
        List.of("Oakfield Primary School", "Riverside Academy"),
        x.schools().stream().map(SchoolExpertiseView::school).toList());
    assertEquals(
        List.of(2, 1),
        x.schools().stream().map(SchoolExpertiseView::strongStaff).toList(),
        "a profile for its own schools counts only where the asker works; one for nobody never");
    assertTrue(x.schools().get(1).contacts().get(0).startsWith("Profile river"));

    long elsewhere = person("elsewhere", "Riverside Academy");
    acting.as(elsewhere);
    assertEquals(
        List.of(2, 1),
        profiles.expertise(area).schools().stream().map(SchoolExpertiseView::strongStaff).toList(),
        "at Riverside: its own two, and Oakfield's one shown to the trust");
    assertThrows(NotFoundException.class, () -> profiles.expertise(987654321L));
    acting.nobody();
    assertThrows(NotPermittedException.class, () -> profiles.expertise(area));
  }
}
