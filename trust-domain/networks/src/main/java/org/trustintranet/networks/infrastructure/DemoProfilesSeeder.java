package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.ProfileRepository;
import org.trustintranet.networks.domain.ProfileVisibility;
import org.trustintranet.networks.domain.TeachingProfile;

/**
 * Teaching profiles for the demo trust, from the focus areas the first migration lists: the demo
 * teacher develops questioning and oracy, and colleagues at his schools and at others are strong in
 * them, so that his suggested partners show at once; one colleague shows her profile to her own
 * schools only and one to nobody.
 */
@ApplicationScoped
public class DemoProfilesSeeder {
  @Inject ProfileRepository profiles;
  @Inject Clock clock;

  private record Demo(
      String person, List<String> strong, List<String> developing, ProfileVisibility visibility) {}

  private static final List<Demo> DEMO =
      List.of(
          new Demo(
              "teacher",
              List.of("Phonics", "Retrieval practice"),
              List.of("Questioning", "Oracy"),
              ProfileVisibility.TRUST),
          new Demo(
              "isla.singh",
              List.of("Questioning", "Oracy", "Mentoring early career teachers"),
              List.of("Early years provision"),
              ProfileVisibility.TRUST),
          new Demo(
              "faisal.rahman",
              List.of("Modelling", "Subject knowledge: mathematics", "Questioning"),
              List.of("Adaptive teaching and SEND"),
              ProfileVisibility.TRUST),
          new Demo(
              "catrin.morgan",
              List.of("Oracy", "Mentoring early career teachers"),
              List.of("Metacognition"),
              ProfileVisibility.TRUST),
          new Demo(
              "athro",
              List.of("Oracy", "Early reading"),
              List.of("Retrieval practice"),
              ProfileVisibility.TRUST),
          new Demo(
              "education.officer",
              List.of("Feedback and marking", "Adaptive teaching and SEND"),
              List.of("Modelling"),
              ProfileVisibility.TRUST),
          new Demo(
              "amara.okafor",
              List.of("Early years provision"),
              List.of("Behaviour for learning", "Feedback and marking"),
              ProfileVisibility.TRUST),
          new Demo(
              "ella.campbell",
              List.of("Behaviour for learning", "Questioning"),
              List.of("Oracy"),
              ProfileVisibility.SCHOOLS),
          new Demo(
              "chloe.patel",
              List.of("Phonics", "Early reading", "Oracy"),
              List.of("Subject knowledge: science"),
              ProfileVisibility.NOBODY));

  @Transactional
  void seed(@Observes DemoTrustSeeded trust) {
    Instant now = clock.instant();
    Set<Long> offered =
        profiles.focusAreas().stream().map(FocusArea::getId).collect(Collectors.toSet());
    for (Demo demo : DEMO) {
      TeachingProfile profile = new TeachingProfile(trust.person(demo.person()), now);
      profile.describe(ids(demo.strong()), ids(demo.developing()), demo.visibility(), offered, now);
      profiles.add(profile);
    }
  }

  private Set<Long> ids(List<String> names) {
    return names.stream()
        .map(
            n ->
                profiles
                    .findFocusAreaNamed(n)
                    .orElseThrow(() -> new IllegalStateException("no focus area " + n)))
        .map(FocusArea::getId)
        .collect(Collectors.toSet());
  }
}
