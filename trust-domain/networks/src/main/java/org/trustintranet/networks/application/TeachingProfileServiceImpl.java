package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.AreaKind;
import org.trustintranet.networks.domain.CaseStudyRepository;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.NetworkRepository;
import org.trustintranet.networks.domain.PartnerMatcher;
import org.trustintranet.networks.domain.ProfileRepository;
import org.trustintranet.networks.domain.ProfileVisibility;
import org.trustintranet.networks.domain.TeachingProfile;

/**
 * Teaching profiles and focus areas. Suggestions read, in a handful of statements, the profiles
 * strong in the asker's development areas, the asker's schoolmates and networkmates, and then only
 * the names of those suggested. The audit trail records changes to the focus-area list, not
 * profiles (a teacher's own description of their teaching is theirs).
 */
@ApplicationScoped
@Transactional
public class TeachingProfileServiceImpl implements TeachingProfileService {
  static final String SUBJECT = "focus-area";
  static final String NOT_FOUND = "error.focusArea.notFound";

  @Inject ProfileRepository profiles;
  @Inject CaseStudyRepository caseStudies;
  @Inject NetworkRepository networks;
  @Inject NetworkMemberships memberships;
  @Inject PeopleService people;
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public FocusAreaList focusAreas() {
    UserProfile me = currentUser.requireSignedIn();
    return new FocusAreaList(
        mayManage(me),
        profiles.focusAreas().stream().map(TeachingProfileServiceImpl::view).toList());
  }

  /** The one rule for who keeps the focus-area list: trust admins. */
  private static boolean mayManage(UserProfile me) {
    return me.isTrustAdmin();
  }

  private void requireManager() {
    if (!mayManage(currentUser.requireSignedIn())) {
      throw new NotPermittedException();
    }
  }

  @Override
  public long addFocusArea(String name, String welshName) {
    requireManager();
    FocusArea area = new FocusArea(name, welshName, clock.instant());
    refuseTaken(area.getName(), null);
    profiles.add(area);
    audit.record("learning.addFocusArea", SUBJECT, area.getId(), area.getName(), null, null);
    return area.getId();
  }

  @Override
  public void changeFocusArea(long areaId, String name, String welshName, boolean retired) {
    requireManager();
    FocusArea area =
        profiles.findFocusArea(areaId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    String before = area.getName();
    // Checked before the entity changes: a query would otherwise flush the clashing name first.
    String wanted = name == null ? "" : name.strip();
    if (!wanted.isEmpty()) {
      refuseTaken(wanted, areaId);
    }
    area.rename(name, welshName);
    if (retired) {
      area.retire();
    } else {
      area.restore();
    }
    audit.record(
        "learning.changeFocusArea",
        SUBJECT,
        areaId,
        area.getName(),
        before,
        retired ? area.getName() + " (retired)" : area.getName());
  }

  private void refuseTaken(String name, Long except) {
    profiles
        .findFocusAreaNamed(name)
        .filter(other -> !other.getId().equals(except))
        .ifPresent(
            other -> {
              throw new BusinessException("error.focusArea.taken", name);
            });
  }

  @Override
  public ProfileView myProfile() {
    UserProfile me = currentUser.requireSignedIn();
    TeachingProfile profile = profiles.findProfile(me.personId()).orElse(null);
    Set<Long> held = new HashSet<>();
    if (profile != null) {
      held.addAll(profile.areas(AreaKind.STRENGTH));
      held.addAll(profile.areas(AreaKind.DEVELOPMENT));
    }
    List<FocusAreaView> choices =
        profiles.focusAreas().stream()
            .filter(a -> !a.isRetired() || held.contains(a.getId()))
            .map(TeachingProfileServiceImpl::view)
            .toList();
    if (profile == null) {
      return new ProfileView(List.of(), List.of(), ProfileVisibility.TRUST, null, choices);
    }
    return new ProfileView(
        List.copyOf(profile.areas(AreaKind.STRENGTH)),
        List.copyOf(profile.areas(AreaKind.DEVELOPMENT)),
        profile.getVisibility(),
        profile.getUpdatedAt(),
        choices);
  }

  @Override
  public void saveProfile(ProfileForm form) {
    UserProfile me = currentUser.requireSignedIn();
    Set<Long> offered =
        profiles.focusAreas().stream()
            .filter(a -> !a.isRetired())
            .map(FocusArea::getId)
            .collect(Collectors.toSet());
    TeachingProfile profile = profiles.findProfile(me.personId()).orElse(null);
    boolean fresh = profile == null;
    if (fresh) {
      profile = new TeachingProfile(me.personId(), clock.instant());
    }
    profile.describe(
        form.strengths(), form.developing(), form.visibility(), offered, clock.instant());
    if (fresh) {
      profiles.add(profile);
    }
  }

  @Override
  public PartnerSuggestions partners() {
    UserProfile me = currentUser.requireSignedIn();
    TeachingProfile mine = profiles.findProfile(me.personId()).orElse(null);
    Set<Long> developing = mine == null ? Set.of() : mine.areas(AreaKind.DEVELOPMENT);
    if (developing.isEmpty()) {
      return new PartnerSuggestions(false, List.of());
    }
    Set<Long> schoolmates = schoolmates(me.schoolRoles().keySet());
    Set<Long> networkmates = networkmates(me.personId());
    Set<Long> near = new HashSet<>(schoolmates);
    near.addAll(networkmates);
    // Twice as many as shown, so that leavers among them can be dropped and the list stay full.
    int wanted = 2 * MOST_SUGGESTIONS;
    // The matcher ranks by areas matched, then nearness, then id. So the best are among the people
    // near the asker (all read: few) and the best of everyone else by areas matched and id (cut by
    // the database): the matcher decides among those exactly as it would among all.
    List<PartnerMatcher.Candidate> candidates =
        new ArrayList<>(profiles.strongInAmong(developing, near, me.personId()));
    candidates.addAll(profiles.strongestElsewhere(developing, near, me.personId(), wanted));
    if (candidates.isEmpty()) {
      return new PartnerSuggestions(true, List.of());
    }
    List<PartnerMatcher.Match> best =
        PartnerMatcher.suggest(
            me.personId(), developing, schoolmates, networkmates, candidates, wanted);
    Map<Long, PersonSummary> who = people.findAll(best.stream().map(m -> m.personId()).toList());
    Map<Long, FocusAreaView> areas =
        profiles.focusAreas().stream()
            .collect(Collectors.toMap(FocusArea::getId, TeachingProfileServiceImpl::view));
    List<PartnerView> partners =
        best.stream()
            .filter(m -> who.containsKey(m.personId()) && who.get(m.personId()).active())
            .limit(MOST_SUGGESTIONS)
            .map(
                m -> {
                  PersonSummary p = who.get(m.personId());
                  return new PartnerView(
                      p.id(),
                      p.displayName(),
                      p.jobTitle(),
                      p.schoolNames(),
                      m.areas().stream().map(areas::get).toList(),
                      m.nearness());
                })
            .toList();
    return new PartnerSuggestions(true, partners);
  }

  @Override
  public ExpertiseView expertise(long areaId) {
    UserProfile me = currentUser.requireSignedIn();
    FocusArea area =
        profiles.findFocusArea(areaId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    List<PartnerMatcher.Candidate> strong = profiles.strongIn(List.of(areaId), 0L);
    Map<Long, PersonSummary> who =
        people.findAll(strong.stream().map(PartnerMatcher.Candidate::personId).toList());
    Set<Long> mySchools = me.schoolRoles().keySet();
    Map<Long, List<PersonSummary>> bySchool = new HashMap<>();
    for (PartnerMatcher.Candidate c : strong) {
      PersonSummary p = who.get(c.personId());
      if (p == null || !p.active()) {
        continue;
      }
      for (long school : p.schools().keySet()) {
        // A profile for its own schools counts only where the asker works too.
        if (c.visibility() == ProfileVisibility.TRUST || mySchools.contains(school)) {
          bySchool.computeIfAbsent(school, s -> new ArrayList<>()).add(p);
        }
      }
    }
    Map<Long, Long> published = caseStudies.publishedPerSchool(areaId);
    published.keySet().forEach(school -> bySchool.computeIfAbsent(school, s -> new ArrayList<>()));
    Map<Long, String> names = schools.names(false);
    List<SchoolExpertiseView> ranked =
        bySchool.entrySet().stream()
            .filter(e -> names.containsKey(e.getKey()))
            .map(
                e ->
                    new SchoolExpertiseView(
                        e.getKey(),
                        names.get(e.getKey()),
                        published.getOrDefault(e.getKey(), 0L),
                        e.getValue().size(),
                        e.getValue().stream()
                            .sorted(
                                Comparator.comparing(
                                    PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                            .limit(3)
                            .map(
                                p ->
                                    p.jobTitle() == null || p.jobTitle().isBlank()
                                        ? p.displayName()
                                        : p.displayName() + ", " + p.jobTitle())
                            .toList()))
            .sorted(
                Comparator.comparingLong((SchoolExpertiseView v) -> -v.caseStudies())
                    .thenComparingInt(v -> -v.strongStaff())
                    .thenComparing(SchoolExpertiseView::school, String.CASE_INSENSITIVE_ORDER))
            .toList();
    return new ExpertiseView(view(area), ranked);
  }

  private Set<Long> schoolmates(Collection<Long> schools) {
    return schools.isEmpty() ? Set.of() : people.activeStaffIdsOf(schools);
  }

  private Set<Long> networkmates(long personId) {
    Set<Long> mine = memberships.networksOf(personId).current();
    return networks.currentMemberIds(mine, LocalDate.now(clock.withZone(AcademicYear.ZONE)));
  }

  static FocusAreaView view(FocusArea a) {
    return new FocusAreaView(a.getId(), a.getName(), a.getWelshName(), a.isRetired());
  }
}
