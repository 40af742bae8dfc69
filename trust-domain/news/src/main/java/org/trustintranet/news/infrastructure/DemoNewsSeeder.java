package org.trustintranet.news.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.networks.application.DemoNetworksSeeded;
import org.trustintranet.news.application.BannerImages;
import org.trustintranet.news.application.BannerImages.BannerImage;
import org.trustintranet.news.application.BannerUpload;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.Banner;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.PostContent;
import org.trustintranet.news.domain.Tags;

/**
 * The demo trust's news, written when membership seeds the demo trust (in the same transaction): a
 * pinned trust-wide post by the trust's Director of Initial Teacher Training, a must-read that some
 * have acknowledged, posts for one school or two (one in Welsh, for the Welsh-medium school) and
 * for one role (teachers, school admins), so that every school has news of its own, a draft, a post
 * scheduled three days ahead and one whose end date has passed, all tagged. The Director's post and
 * a school's reading café have banner images.
 */
@ApplicationScoped
public class DemoNewsSeeder {
  private static final Logger LOG = Logger.getLogger(DemoNewsSeeder.class.getName());

  @Inject NewsRepository posts;
  @Inject Clock clock;
  @Inject FileStore files;

  /** Where the demo's banner images are, on the class path. */
  static final String BANNERS = "/demo/news/";

  @Transactional
  void seed(@Observes DemoTrustSeeded trust) {
    Instant now = clock.instant();
    long oakfield = trust.school("140001");
    long riverside = trust.school("140002");
    long willowBank = trust.school("140003");
    long littleAcorns = trust.school("140004");
    long beacon = trust.school("140005");
    long brynDerw = trust.school("140006");

    Post learning =
        publish(
            trust.person("catrin.morgan"),
            new PostContent(
                "Learning together: what our schools can teach each other",
                "Why this year we are opening our classrooms to colleagues from across the trust.",
                "<p>Ask anyone why they stay in teaching and the answers differ: the children, the"
                    + " families, the team in the staffroom. Ask trainee teachers at interview and"
                    + " they talk about wanting to make a difference.</p>"
                    + "<p>I spend much of my week in our schools, and I have not yet left one without"
                    + " seeing something I wanted to share: a Year 2 class running its own reading"
                    + " café, a science department that plans every practical in pairs, a nursery"
                    + " that greets each family by name at the gate.</p>"
                    + "<p>This year we want those ideas to travel. Each school will host one open"
                    + " morning a term, and any member of staff may ask to visit a colleague's lesson"
                    + " in another school. <strong>Learning from each other costs us a morning; it"
                    + " gives our pupils far more.</strong></p>"
                    + "<p>Tell your head which lesson you would like to see, or which lesson you would"
                    + " be glad to show.</p>",
                true,
                false),
            Audience.WHOLE_TRUST,
            now.minus(Duration.ofDays(2)),
            "Open classrooms, Professional learning");
    learning.showInPublicFeed(true); // in the public trust feed too (/feeds/trust.atom)
    banner(
        learning,
        "learning-together.png",
        "Two school buildings on green hills, joined by a winding path",
        trust.person("catrin.morgan"),
        now.minus(Duration.ofDays(2)));

    Post mustRead =
        publish(
            trust.person("trust.admin"),
            new PostContent(
                "Safeguarding: updated policy to read before half term",
                "Every member of staff must read the updated safeguarding policy and confirm"
                    + " it here.",
                "<p>The trust's safeguarding policy has been updated for this year. The main"
                    + " changes are:</p>"
                    + "<ul><li>a single record of concerns for pupils who move between our"
                    + " schools;</li><li>named deputy leads at every site, listed in the"
                    + " staffroom;</li><li>new guidance on the use of personal phones on"
                    + " trips.</li></ul>"
                    + "<p>Please read the policy in full and press <em>I have read this</em>"
                    + " below. Your school's designated safeguarding lead will follow up with"
                    + " anyone who has not confirmed by the end of the month.</p>",
                false,
                true),
            Audience.WHOLE_TRUST,
            now.minus(Duration.ofDays(1)),
            "Safeguarding, Policy");
    for (String reader : List.of("teacher", "staff", "ben.hughes", "chloe.patel")) {
      posts.acknowledge(mustRead.getId(), trust.person(reader), now.minus(Duration.ofHours(5)));
    }

    publish(
        trust.person("school.admin"),
        new PostContent(
            "Year 5 science museum trip: helpers wanted",
            "Two more adults are needed for the Year 5 visit on the 14th.",
            "<p>Year 5 visit the science museum on the 14th. We have the coach and the"
                + " tickets, and need two more adults to make the ratios work.</p>"
                + "<p>If you can come, let the office know by Friday. Cover will be arranged.</p>",
            false,
            false),
        Audience.schools(Set.of(oakfield)),
        now.minus(Duration.ofDays(3)),
        "Trips, Year 5, Science");

    publish(
        trust.person("riverside.admin"),
        new PostContent(
            "Sports hall closed for resurfacing next week",
            "PE lessons move to the field and the hall of the lower school.",
            "<p>The sports hall floor is being resurfaced from Monday to Thursday next week."
                + " PE lessons will use the field when dry and the lower school hall when not;"
                + " the PE department has the new timetable.</p>",
            false,
            false),
        Audience.schools(Set.of(riverside)),
        now.minus(Duration.ofDays(4)),
        "PE, Site");

    publish(
        trust.person("gweinyddwr.brynderw"),
        new PostContent(
            "Noson agored i rieni newydd",
            "Croeso i deuluoedd y dosbarth derbyn nos Iau.",
            "<p>Bydd yr ysgol ar agor i deuluoedd y dosbarth derbyn nos Iau o 5 tan 7."
                + " Bydd cyfle i weld y dosbarthiadau, cwrdd â'r athrawon a holi am y clwb"
                + " brecwast.</p><p>Diolch i bawb sy'n helpu ar y noson.</p>",
            false,
            false),
        Audience.schools(Set.of(brynDerw)),
        now.minus(Duration.ofDays(5)),
        "Rhieni, Derbyn");

    publish(
        trust.person("news.editor"),
        new PostContent(
            "A new network for early career teachers",
            "Meet colleagues in their first two years of teaching, once a half term.",
            "<p>Teachers in their first two years now have a network of their own. It meets"
                + " once every half term, in a different school each time, for an hour after"
                + " school: a short talk, then time to swap what has worked.</p>"
                + "<p>The first meeting is at Riverside Academy. Mentors are welcome too.</p>",
            false,
            false),
        Audience.WHOLE_TRUST,
        now.minus(Duration.ofDays(6)),
        "Early career teachers, Networks, Professional learning");

    publish(
        trust.person("trust.admin"),
        new PostContent(
            "Year 6 writing moderation: dates for teachers",
            "Bring three pieces per pupil to the cluster session; cover is booked.",
            "<p>Year 6 teachers from every primary school meet to moderate writing in the week"
                + " after half term. Bring three pieces of independent writing for each of six"
                + " pupils: two working at the expected standard and one at greater depth.</p>"
                + "<p>Sessions run from 1.30 to 3.30; cover has been booked for the afternoon.</p>",
            false,
            false),
        new Audience(true, Set.of(), Set.of(SchoolRole.TEACHER)),
        now.minus(Duration.ofDays(7)),
        "Year 6, Assessment, Writing");

    Post readingCafe =
        publish(
            trust.person("school.admin"),
            new PostContent(
                "Reading café: parents welcome on Friday mornings",
                "Our Year 2 pupils read to their families before school, with tea and toast.",
                "<p>From this week the library opens at 8.15 on Fridays for the Year 2 reading café."
                    + " Pupils choose a book to read aloud to a parent or carer, and staff are on hand"
                    + " with tips for reading at home.</p>"
                    + "<p>Colleagues from other schools are welcome to visit: ask the office.</p>",
                false,
                false),
            Audience.schools(Set.of(oakfield)),
            now.minus(Duration.ofDays(8)),
            "Reading, Year 2, Parents, Open classrooms");
    banner(
        readingCafe,
        "reading-cafe.png",
        "A shelf of colourful books beside an open book and a cup of tea",
        trust.person("school.admin"),
        now.minus(Duration.ofDays(8)));

    publish(
        trust.person("news.editor"),
        new PostContent(
            "Coaching pairs across schools: sign up by Friday",
            "Be matched with a colleague in another school for six coaching conversations.",
            "<p>This term we are pairing staff across our schools for coaching: six"
                + " conversations of 45 minutes, online or in person, on a question you choose"
                + " about your own practice.</p>"
                + "<p>Coaches have been trained this autumn. Sign up with your head by Friday and"
                + " you will be matched with someone from another school in the trust.</p>",
            false,
            false),
        Audience.WHOLE_TRUST,
        now.minus(Duration.ofDays(9)),
        "Coaching, Professional learning, Networks");

    publish(
        trust.person("trust.admin"),
        new PostContent(
            "Visiting our communication classes",
            "Colleagues from other schools may now book a morning in a Willow Bank class.",
            "<p>Many of you have asked how Willow Bank teaches communication to pupils who use"
                + " few or no words: symbols on every door, signing at registration, and a"
                + " daily session in the sensory room.</p>"
                + "<p>From next month each class will welcome one visitor a week, on Tuesday or"
                + " Thursday morning. You will spend the morning with a class team and finish"
                + " with twenty minutes of questions over coffee.</p>",
            false,
            false),
        Audience.schools(Set.of(willowBank)),
        now.minus(Duration.ofDays(10)),
        "Open classrooms, SEND, Communication");

    publish(
        trust.person("news.editor"),
        new PostContent(
            "From nursery to Reception: transition mornings",
            "Little Acorns and Beacon staff plan the move into Reception together.",
            "<p>Children leaving Little Acorns for Reception at Beacon will visit their new"
                + " classroom on three mornings in the summer term, each time with a familiar"
                + " adult from the nursery.</p>"
                + "<p>Key workers and Reception teachers meet first, in May, to share what each"
                + " child enjoys and what helps them settle. Both schools have the dates.</p>",
            false,
            false),
        Audience.schools(Set.of(littleAcorns, beacon)),
        now.minus(Duration.ofDays(11)),
        "Early years, Transition");

    publish(
        trust.person("trust.admin"),
        new PostContent(
            "School admins: spring census checklist",
            "What to check in your school's records before the spring census day.",
            "<p>The spring census is on the third Thursday of January. Before then, please"
                + " check that every pupil who left this term has a leaving date, that new"
                + " starters have their free school meal status, and that staff who moved"
                + " between our schools are recorded at the right one in the intranet.</p>"
                + "<p>The data team runs a drop-in on the Tuesday before census day.</p>",
            false,
            false),
        new Audience(true, Set.of(), Set.of(SchoolRole.SCHOOL_ADMIN)),
        now.minus(Duration.ofDays(12)),
        "Census, Data");

    Post draft =
        new Post(
            trust.person("news.editor"),
            new PostContent(
                "Spring term professional learning booklet",
                "Draft: the sessions on offer next term, by phase.",
                "<p>Sessions still to be confirmed with the hub schools.</p>",
                false,
                false),
            Audience.WHOLE_TRUST,
            now);
    draft.tag(Tags.parse("Professional learning"));
    posts.add(draft);

    Post scheduled =
        new Post(
            trust.person("news.editor"),
            new PostContent(
                "Staff wellbeing week: what is on",
                "Walks, a choir taster and an early finish on Friday, in every school.",
                "<p>Wellbeing week starts on Monday. Each school has planned its own week, and"
                    + " there are three things for everyone: a lunchtime walk every day, a choir"
                    + " taster at Riverside Academy on Wednesday after school, and an early finish"
                    + " on Friday, with meetings cancelled.</p>"
                    + "<p>Your head has the details for your school. Ideas for next year are"
                    + " welcome.</p>",
                false,
                false),
            Audience.WHOLE_TRUST,
            now);
    scheduled.tag(Tags.parse("Wellbeing"));
    scheduled.schedule(now.plus(Duration.ofDays(3)), trust.person("news.editor"), now);
    posts.add(scheduled);

    Post ended =
        new Post(
            trust.person("school.admin"),
            new PostContent(
                "Car park closed on Tuesday morning",
                "The gates stay shut until 10 while the lines are repainted.",
                "<p>The staff car park is closed on Tuesday until 10 o'clock while the bays are"
                    + " repainted. Please park on Mill Lane and walk up.</p>",
                false,
                false),
            Audience.schools(Set.of(oakfield)),
            now.minus(Duration.ofDays(9)));
    ended.tag(Tags.parse("Site"));
    ended.endAt(now.minus(Duration.ofDays(7)), trust.person("school.admin"), ended.getCreatedAt());
    ended.publish(trust.person("school.admin"), now.minus(Duration.ofDays(9)));
    ended.expireIfDue(now);
    posts.add(ended);
    posts.flush();
    LOG.info(
        "Seeded the demo news: 12 published posts, a draft, a scheduled post and an ended one");
  }

  /**
   * Gives a post one of the demo's banner images (resources under {@value #BANNERS}, drawn once for
   * the demo), stored through the file store as an editor's upload is, after the same check.
   */
  private void banner(Post post, String image, String alt, long by, Instant at) {
    byte[] bytes;
    try (InputStream in = DemoNewsSeeder.class.getResourceAsStream(BANNERS + image)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The demo banner " + image + " could not be read", e);
    }
    BannerImage checked = BannerImages.inspect(bytes);
    StoredContent stored = files.store(new ByteArrayInputStream(bytes), BannerUpload.MAX_BYTES);
    post.showBanner(
        new Banner(
            stored.id().sha256Hex(),
            checked.mediaType(),
            stored.size(),
            checked.width(),
            checked.height(),
            alt),
        by,
        at);
    posts.flush();
  }

  /** One post to the new headteachers' network, by its lead: only its members read it. */
  void seedNetworks(@Observes DemoNetworksSeeded seeded) {
    DemoNetworksSeeded.DemoNetwork heads = seeded.networks().get("heads");
    if (heads == null) {
      return;
    }
    publish(
        heads.leadId(),
        new PostContent(
            "Before our autumn meeting: your first budget",
            "Bring your draft budget and one question you would not ask in a governors' meeting.",
            "<p>Thank you all for a frank and warm first meeting. Several of you said the budget"
                + " was the thing keeping you up at night, so that is where we will start next"
                + " term.</p><p>Please bring your draft budget for next year (a printout is fine)"
                + " and one question you would rather not ask in front of governors. Our school"
                + " business managers will join us for the first hour, and your coaches have"
                + " each offered half an hour afterwards for anyone who would like to go through"
                + " their figures in private.</p><p>Everything said in the room stays in the"
                + " room. Tea and biscuits as usual.</p>",
            false,
            false),
        Audience.network(heads.networkId()),
        clock.instant().minus(Duration.ofDays(2)),
        "Headship, Finance");
  }

  private Post publish(
      long author, PostContent content, Audience audience, Instant at, String tags) {
    Post post = new Post(author, content, audience, at);
    post.tag(Tags.parse(tags));
    post.publish(author, at);
    posts.add(post);
    posts.flush();
    return post;
  }
}
