package org.trustintranet.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.resources.application.VersionStored;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.Rating;
import org.trustintranet.resources.domain.Resource;
import org.trustintranet.resources.domain.ResourceMetadata;
import org.trustintranet.resources.domain.ResourceRepository;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.ResourceVersion;
import org.trustintranet.resources.domain.StoredFile;
import org.trustintranet.resources.domain.Subject;
import org.trustintranet.resources.domain.Visibility;

/**
 * The demo trust's library: a dozen resources across subjects and key stages, with real small files
 * (PDF, Word, slides, a spreadsheet) whose words the background job reads after the seeding
 * commits, some rated, one quality assured, one shared with its school only, one a link. Written in
 * our own words.
 */
@ApplicationScoped
public class DemoResourcesSeeder {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PDF = "application/pdf";

  @Inject ResourceRepository resources;
  @Inject FileStore files;
  @Inject Clock clock;
  @Inject Event<VersionStored> versionStored;

  @Transactional
  void seed(@Observes DemoTrustSeeded trust) {
    long oakfield = trust.school("140001");
    long riverside = trust.school("140002");
    long acorns = trust.school("140004");
    long beacon = trust.school("140005");
    long brynDerw = trust.school("140006");
    long teacher = trust.person("teacher");
    long officer = trust.person("education.officer");
    long riversideAdmin = trust.person("riverside.admin");
    long athro = trust.person("athro");
    long schoolAdmin = trust.person("school.admin");
    Instant now = clock.instant();

    Resource fractions =
        file(
            oakfield,
            teacher,
            meta(
                "Fractions on a number line",
                "Pupils place halves, quarters and eighths on a number line, then compare"
                    + " fractions with the same denominator. Three levels of challenge.",
                Subject.MATHEMATICS,
                KeyStage.KS2,
                Set.of(4, 5),
                ResourceType.WORKSHEET,
                Licence.OGL,
                Visibility.TRUST,
                List.of("fractions", "number line", "reasoning")),
            "fractions-number-line.docx",
            DOCX,
            DemoFiles.word(
                "Fractions on a number line",
                List.of(
                    "Mark one half, one quarter and three quarters on the number line.",
                    "Which is greater: three eighths or five eighths? Explain how you know.",
                    "Challenge: find a fraction between one half and three quarters.")),
            now.minus(Duration.ofDays(20)));
    Resource placeValue =
        file(
            oakfield,
            schoolAdmin,
            meta(
                "Place value with counters",
                "A lesson plan for tens and ones with place value counters and part-whole models.",
                Subject.MATHEMATICS,
                KeyStage.KS1,
                Set.of(2),
                ResourceType.LESSON_PLAN,
                Licence.TRUST_INTERNAL,
                Visibility.TRUST,
                List.of("place value", "manipulatives")),
            "place-value-counters.pdf",
            PDF,
            DemoFiles.pdf(
                "Place value with counters",
                List.of(
                    "Starter: count in tens from any number.",
                    "Main: build two-digit numbers with tens and ones counters.",
                    "Plenary: partition 47 in two different ways.")),
            now.minus(Duration.ofDays(18)));
    file(
        riverside,
        riversideAdmin,
        meta(
            "Photosynthesis: how plants make food",
            "Slides for year 8: the word equation, leaf structure and a practical on starch.",
            Subject.SCIENCE,
            KeyStage.KS3,
            Set.of(8),
            ResourceType.SLIDES,
            Licence.CC_BY,
            Visibility.TRUST,
            List.of("plants", "practical")),
        "photosynthesis.pptx",
        PPTX,
        DemoFiles.slides(
            "Photosynthesis",
            List.of(
                "Carbon dioxide and water make glucose and oxygen, using light energy.",
                "Chlorophyll in the chloroplasts absorbs the light.",
                "Practical: test a variegated leaf for starch with iodine.")),
        now.minus(Duration.ofDays(15)));
    file(
        riverside,
        riversideAdmin,
        meta(
            "Year 9 electricity assessment and mark scheme",
            "End of unit test on circuits, current and potential difference, with the mark"
                + " scheme. Kept within Riverside until the moderation is done.",
            Subject.SCIENCE,
            KeyStage.KS3,
            Set.of(9),
            ResourceType.ASSESSMENT,
            Licence.ALL_RIGHTS_RESERVED,
            Visibility.SCHOOL,
            List.of("circuits", "mark scheme")),
        "electricity-assessment.xlsx",
        XLSX,
        DemoFiles.spreadsheet(
            "Electricity assessment: marks",
            List.of(
                "Q1 series circuit current",
                "Q2 parallel circuit voltmeter",
                "Q3 resistance calculation")),
        now.minus(Duration.ofDays(12)));
    Resource romans =
        file(
            oakfield,
            teacher,
            meta(
                "The Romans in Britain: knowledge organiser",
                "Key dates, vocabulary and a map for the year 3 and 4 Romans topic.",
                Subject.HISTORY,
                KeyStage.KS2,
                Set.of(3, 4),
                ResourceType.KNOWLEDGE_ORGANISER,
                Licence.CC_BY_SA,
                Visibility.TRUST,
                List.of("romans", "vocabulary")),
            "romans-knowledge-organiser.pdf",
            PDF,
            DemoFiles.pdf(
                "The Romans in Britain",
                List.of(
                    "AD 43: the Roman invasion under Emperor Claudius.",
                    "AD 60: Boudicca leads the Iceni in revolt.",
                    "AD 122: building of Hadrian's Wall begins.",
                    "Vocabulary: legion, villa, aqueduct, mosaic.")),
            now.minus(Duration.ofDays(10)));
    file(
        oakfield,
        teacher,
        meta(
            "Persuasive writing: letters to the council",
            "A sequence of three lessons in which year 6 write to the council about a local"
                + " issue, with a model letter and a checklist.",
            Subject.ENGLISH,
            KeyStage.KS2,
            Set.of(6),
            ResourceType.LESSON_PLAN,
            Licence.OGL,
            Visibility.TRUST,
            List.of("writing", "persuasion")),
        "persuasive-letters.docx",
        DOCX,
        DemoFiles.word(
            "Persuasive writing",
            List.of(
                "Lesson 1: read the model letter and find the persuasive devices.",
                "Lesson 2: plan a letter with a clear point of view and evidence.",
                "Lesson 3: write, then edit with a partner using the checklist.")),
        now.minus(Duration.ofDays(9)));
    file(
        riverside,
        riversideAdmin,
        meta(
            "Rivers and the water cycle: scheme of work",
            "Six weeks of year 7 geography, from the water cycle to flooding and its"
                + " management, with fieldwork at a local river.",
            Subject.GEOGRAPHY,
            KeyStage.KS3,
            Set.of(7),
            ResourceType.SCHEME_OF_WORK,
            Licence.CC_BY_NC,
            Visibility.TRUST,
            List.of("rivers", "fieldwork")),
        "rivers-scheme-of-work.docx",
        DOCX,
        DemoFiles.word(
            "Rivers and the water cycle",
            List.of(
                "Week 1: evaporation, condensation and precipitation.",
                "Week 3: erosion, meanders and ox-bow lakes.",
                "Week 5: fieldwork measuring river width, depth and velocity.")),
        now.minus(Duration.ofDays(8)));
    file(
        acorns,
        schoolAdmin,
        meta(
            "Phonics phase 3 sound mats",
            "Sound mats with pictures for the phase 3 graphemes, to print for each table.",
            Subject.ENGLISH,
            KeyStage.EYFS,
            Set.of(0),
            ResourceType.WORKSHEET,
            Licence.TRUST_INTERNAL,
            Visibility.TRUST,
            List.of("phonics", "reception")),
        "phase-3-sound-mats.pdf",
        PDF,
        DemoFiles.pdf(
            "Phase 3 sound mats",
            List.of("j v w x y z zz qu", "ch sh th ng nk", "ai ee igh oa oo ar or ur ow oi")),
        now.minus(Duration.ofDays(7)));
    file(
        beacon,
        officer,
        meta(
            "Solving linear equations",
            "Slides for year 10 that move from balancing to unknowns on both sides.",
            Subject.MATHEMATICS,
            KeyStage.KS4,
            Set.of(10),
            ResourceType.SLIDES,
            Licence.CC_BY,
            Visibility.TRUST,
            List.of("algebra", "equations")),
        "linear-equations.pptx",
        PPTX,
        DemoFiles.slides(
            "Solving linear equations",
            List.of(
                "Balance: whatever you do to one side, do to the other.",
                "Unknowns on both sides: 5x + 3 = 2x + 12.",
                "Check your answer by substitution.")),
        now.minus(Duration.ofDays(5)));
    link(
        oakfield,
        teacher,
        meta(
            "Staying safe online: a year 5 lesson",
            "A lesson on passwords and sharing, built around the National Cyber Security"
                + " Centre's free materials for schools.",
            Subject.COMPUTING,
            KeyStage.KS2,
            Set.of(5),
            ResourceType.OTHER,
            Licence.OGL,
            Visibility.TRUST,
            List.of("online safety")),
        now.minus(Duration.ofDays(4)));
    file(
        brynDerw,
        athro,
        meta(
            "Cynllun gwers: y tywydd",
            "Gwers i Flwyddyn 4 ar gofnodi'r tywydd am wythnos a chreu graff.",
            Subject.GEOGRAPHY,
            KeyStage.KS2,
            Set.of(4),
            ResourceType.LESSON_PLAN,
            Licence.OGL,
            Visibility.SCHOOL,
            List.of("tywydd", "graffiau")),
        "cynllun-gwers-tywydd.docx",
        DOCX,
        DemoFiles.word(
            "Y tywydd",
            List.of(
                "Cofnodwch y tymheredd a'r glawiad bob bore am wythnos.",
                "Crëwch graff bar o'r glawiad.")),
        now.minus(Duration.ofDays(3)));
    file(
        riverside,
        riversideAdmin,
        meta(
            "Reading music: a starter",
            "Slides for year 7 on the stave, note values and the treble clef.",
            Subject.MUSIC,
            KeyStage.KS3,
            Set.of(7),
            ResourceType.SLIDES,
            Licence.CC_BY,
            Visibility.TRUST,
            List.of("notation")),
        "reading-music.pptx",
        PPTX,
        DemoFiles.slides(
            "Reading music",
            List.of(
                "The stave has five lines and four spaces.",
                "A crotchet lasts one beat, a minim two, a semibreve four.")),
        now.minus(Duration.ofDays(2)));

    rate(fractions, officer, 5, "Clear and well pitched; my year 5s used all three levels.");
    rate(fractions, riversideAdmin, 4, null);
    rate(romans, schoolAdmin, 4, "The timeline saved me an afternoon.");
    rate(placeValue, teacher, 5, null);
    fractions.assure(officer, LocalDate.now(clock.withZone(Resource.ZONE)).plusYears(1), now);
  }

  private static ResourceMetadata meta(
      String title,
      String description,
      Subject subject,
      KeyStage stage,
      Set<Integer> years,
      ResourceType type,
      Licence licence,
      Visibility visibility,
      List<String> tags) {
    String link =
        type == ResourceType.OTHER
            ? "https://www.ncsc.gov.uk/section/education-skills/cyber-sprinters"
            : null;
    return new ResourceMetadata(
        title, description, subject, stage, years, type, licence, visibility, tags, link);
  }

  private Resource file(
      long school,
      long owner,
      ResourceMetadata metadata,
      String fileName,
      String mediaType,
      byte[] bytes,
      Instant at) {
    StoredContent stored = files.store(new ByteArrayInputStream(bytes), bytes.length);
    Resource resource = resources.add(new Resource(school, owner, metadata, at));
    resources.flush();
    ResourceVersion version =
        resources.addVersion(
            ResourceVersion.ofFile(
                resource.getId(),
                1,
                new StoredFile(stored.id().sha256Hex(), fileName, mediaType, stored.size()),
                null,
                owner,
                at));
    resources.index(resource.getId(), metadata.searchableText());
    resources.flush();
    versionStored.fire(new VersionStored(version.getId()));
    return resource;
  }

  private void link(long school, long owner, ResourceMetadata metadata, Instant at) {
    Resource resource = resources.add(new Resource(school, owner, metadata, at));
    resources.flush();
    resources.addVersion(ResourceVersion.ofLink(resource.getId(), 1, null, owner, at));
    resources.index(resource.getId(), metadata.searchableText());
  }

  private void rate(Resource resource, long person, int stars, String review) {
    resources.addRating(new Rating(resource.getId(), person, stars, review, clock.instant()));
    resources.flush();
    int[] totals = resources.ratingTotals(resource.getId());
    resource.rated(totals[0], totals[1]);
  }
}
