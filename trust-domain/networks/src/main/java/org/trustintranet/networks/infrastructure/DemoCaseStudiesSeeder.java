package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.networks.application.DemoNetworksSeeded;
import org.trustintranet.networks.domain.CaseStudy;
import org.trustintranet.networks.domain.CaseStudyDetails;
import org.trustintranet.networks.domain.CaseStudyFile;
import org.trustintranet.networks.domain.CaseStudyRepository;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.ProfileRepository;

/**
 * The demo trust's case studies, in our own words: two published in the library (Oakfield's talk in
 * Year 4, for oracy; Riverside's quizzes in Key Stage 3 science, for retrieval practice) and one
 * from Bryn Derw submitted and awaiting the education officer. Each has its history as if it had
 * gone through the review a few weeks ago. Seeded after the demo networks.
 */
@ApplicationScoped
public class DemoCaseStudiesSeeder {
  private static final String OAKFIELD = "140001";
  private static final String RIVERSIDE = "140002";
  private static final String BRYN_DERW = "140006";

  @Inject CaseStudyRepository studies;
  @Inject ProfileRepository profiles;
  @Inject FileStore store;
  @Inject Clock clock;

  @Transactional
  void seed(@Observes DemoNetworksSeeded seeded) {
    DemoTrustSeeded trust = seeded.trust();
    Instant now = clock.instant();
    long officer = trust.person("education.officer");

    CaseStudy talk =
        write(
            new CaseStudyDetails(
                "Talk before writing: sentence stems and talk partners in Year 4",
                trust.school(OAKFIELD),
                Phase.PRIMARY,
                area("Oracy"),
                "English",
                "Our Year 4 pupils had plenty of ideas but struggled to put them into whole"
                    + " sentences, in speech and then on paper. A third of the class rarely spoke"
                    + " in front of others, and the same pupils wrote the least.",
                "For two terms every English lesson began with ten minutes of structured talk:"
                    + " pupils rehearsed their ideas with a talk partner using sentence stems"
                    + " displayed on the board (\"I think ... because ...\", \"I agree with ..."
                    + " and I would add ...\"). Teachers modelled the talk first, then listened in"
                    + " and noted who needed a simpler stem. Talk partners changed every three"
                    + " weeks.",
                "Pupils who rarely spoke now contribute in class discussion most days. In our"
                    + " writing assessments, the share of pupils using extended sentences with"
                    + " a reason rose from about half to more than three quarters, and the"
                    + " quietest third made the biggest gains. Teachers say the first drafts"
                    + " need far less rescuing.",
                "Tom Fletcher, Year 5 teacher, Oakfield Primary School"),
            trust.person("teacher"),
            now.minus(Duration.ofDays(40)));
    attach(
        talk,
        "Year 4 writing: extended sentences, autumn and spring.txt",
        "Year 4 writing assessment, extended sentences with a reason\n"
            + "Autumn: 14 of 28 pupils (50%)\n"
            + "Spring: 22 of 28 pupils (79%)\n"
            + "Quietest third of the class: 2 of 9 in the autumn, 7 of 9 in the spring\n",
        now.minus(Duration.ofDays(35)));
    review(talk, "Oakfield Primary School", officer, now.minus(Duration.ofDays(30)));

    CaseStudy quizzes =
        write(
            new CaseStudyDetails(
                "Five-question quizzes at the start of every science lesson",
                trust.school(RIVERSIDE),
                Phase.SECONDARY,
                area("Retrieval practice"),
                "Science",
                "In Key Stage 3 science our pupils did well in end-of-topic tests but had"
                    + " forgotten much of the earlier topics by the end of the year, which showed"
                    + " when Year 9 began the GCSE course.",
                "Every Key Stage 3 science lesson now opens with five short questions, no more"
                    + " than five minutes: two from last lesson, two from last month and one from"
                    + " last term. Pupils answer without notes, mark their own answers, and the"
                    + " teacher reteaches whatever most of the class got wrong. The department"
                    + " wrote the questions together, so that every class gets the same ones.",
                "In the end-of-year test, scores on questions about topics taught in the autumn"
                    + " rose by a fifth compared with the year before. Pupils report feeling less"
                    + " anxious about tests, because being asked is now ordinary. New staff pick"
                    + " the routine up within a week.",
                "Owen Price, Riverside Academy"),
            trust.person("riverside.admin"),
            now.minus(Duration.ofDays(60)));
    review(quizzes, "Riverside Academy", officer, now.minus(Duration.ofDays(45)));

    CaseStudy story =
        write(
            new CaseStudyDetails(
                "Story sacks that go home: early reading in two languages",
                trust.school(BRYN_DERW),
                Phase.PRIMARY,
                area("Early reading"),
                "",
                "Many of our reception families do not speak Welsh at home, and some parents"
                    + " told us they felt unable to help their children read in a language they"
                    + " do not know.",
                "We made story sacks for twenty favourite picture books: the book in Welsh and"
                    + " in English, puppets and props, and a card of simple questions in both"
                    + " languages. Children take a sack home each week, and parents came to two"
                    + " workshops where teachers modelled sharing a book.",
                "Almost every family borrowed a sack each week. By the spring, more children"
                    + " could retell a familiar story in Welsh, and more parents told us they"
                    + " read with their child at home several times a week.",
                "Elin Prydderch, Ysgol Gymraeg Bryn Derw"),
            trust.person("athro"),
            now.minus(Duration.ofDays(10)));
    studies.addEvent(story.submit(trust.person("athro"), now.minus(Duration.ofDays(3))));
    studies.flush();
  }

  /** A small text file attached by the case study's author, kept in the file store. */
  private void attach(CaseStudy c, String name, String text, Instant when) {
    StoredContent stored =
        store.store(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            CaseStudyFile.MAX_BYTES);
    studies.addFile(
        new CaseStudyFile(
            c.getId(), stored.id().sha256Hex(), name, stored.size(), c.getCreatedBy(), when));
  }

  private CaseStudy write(CaseStudyDetails details, long author, Instant when) {
    CaseStudy c = studies.add(new CaseStudy(details, author, when));
    studies.flush();
    studies.addEvent(c.created());
    return c;
  }

  /** Submitted by its author, approved and published a day later by the officer, and indexed. */
  private void review(CaseStudy c, String school, long officer, Instant when) {
    studies.addEvent(c.submit(c.getCreatedBy(), when));
    studies.addEvent(c.approve(officer, when.plus(Duration.ofDays(1))));
    studies.addEvent(c.publish(officer, when.plus(Duration.ofDays(1))));
    FocusArea area = profiles.findFocusArea(c.getFocusAreaId()).orElseThrow();
    studies.flush();
    studies.index(c.getId(), c.searchText(school, area.getName(), area.getWelshName()));
  }

  private long area(String name) {
    return profiles
        .findFocusAreaNamed(name)
        .map(FocusArea::getId)
        .orElseThrow(() -> new IllegalStateException("no focus area " + name));
  }
}
