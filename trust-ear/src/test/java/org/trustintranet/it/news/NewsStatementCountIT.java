package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.uniqueEmail;
import static org.trustintranet.it.TestData.uniqueUrn;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolForm;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.news.application.AcknowledgementCount;
import org.trustintranet.news.application.FeedFilter;
import org.trustintranet.news.application.MustReadService;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostForm;

/**
 * How many SQL statements the news pages' services send, counted in the deployed application (see
 * {@link SqlStatements}): the acknowledgements of a must-read and the feed must not grow with the
 * number of schools in the audience or of posts in the database.
 */
@ExtendWith(ArquillianExtension.class)
class NewsStatementCountIT {
  /**
   * Generous: the code sends 6 for the acknowledgements and 6 for a feed page (the old one 13 and
   * 53).
   */
  static final int BOUND = 12;

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        NewsStatementCountIT.class,
        Acting.class,
        SqlStatements.class,
        TestCallerIdentity.class,
        TestData.class);
  }

  @Inject NewsService news;
  @Inject MustReadService mustRead;
  @Inject SchoolService schools;
  @Inject SchoolStaffService schoolStaff;
  @Inject Acting acting;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** New schools, each with three members of staff (one of them a teacher). */
  private List<Long> newSchools(int count) {
    acting.as("trust.admin");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long school =
          schools.create(
              new SchoolForm(
                  uniqueUrn(),
                  "Counted school " + System.nanoTime(),
                  Phase.PRIMARY,
                  null,
                  null,
                  null));
      for (SchoolRole role : List.of(SchoolRole.STAFF, SchoolRole.STAFF, SchoolRole.TEACHER)) {
        schoolStaff.addPerson(
            new PersonForm(uniqueEmail("counted"), "Counted", "Reader", null), school, role);
      }
      ids.add(school);
    }
    return ids;
  }

  private static PostForm mustRead(String title, Set<Long> schools) {
    return new PostForm(title, null, "<p>" + title + "</p>", false, schools, Set.of(), false, true);
  }

  /** The statements of the acknowledgements of a must-read, the second of two calls. */
  private int acknowledgementStatements(long post, int schools) {
    List<AcknowledgementCount> counts = mustRead.acknowledgements(post); // warms the loggers up
    assertEquals(schools, counts.size(), "one row per school: " + counts);
    assertTrue(counts.stream().allMatch(c -> c.readers() == 3), counts.toString());
    return SqlStatements.count(() -> mustRead.acknowledgements(post));
  }

  @Test
  void theAcknowledgementsOfAMustReadTakeAFewStatementsHoweverManySchoolsItIsFor() {
    List<Long> many = newSchools(12);
    acting.as("trust.admin");
    long toTwo =
        news.publish(mustRead("Two schools " + System.nanoTime(), Set.copyOf(many.subList(0, 2))));
    long toTwelve = news.publish(mustRead("Twelve schools " + System.nanoTime(), Set.copyOf(many)));

    int two = acknowledgementStatements(toTwo, 2);
    int twelve = acknowledgementStatements(toTwelve, 12);

    assertTrue(two > 0, "the SQL log was read: " + two);
    assertEquals(two, twelve, "as many statements for 12 schools as for 2");
    assertTrue(twelve <= BOUND, twelve + " statements");
    System.out.printf("acknowledgements: %d statements for 2 schools, %d for 12%n", two, twelve);
  }

  @Test
  void theFeedOfAMemberOfTwoSchoolsTakesAFewStatementsHoweverManyPostsThereAre() {
    long oakfield = acting.school("Oakfield Primary School");
    long riverside = acting.school("Riverside Academy");
    long reader =
        schoolStaff.addPerson(
            new PersonForm(uniqueEmail("feed"), "Feed", "Reader", null),
            oakfield,
            SchoolRole.STAFF);
    schoolStaff.assign(reader, riverside, SchoolRole.TEACHER); // a member of two schools

    publishSome(25, oakfield, riverside);
    int before = feedStatements(reader);
    publishSome(25, oakfield, riverside);
    int after = feedStatements(reader);

    assertTrue(before > 0, "the SQL log was read: " + before);
    assertEquals(before, after, "as many statements with 50 more posts as with 25");
    assertTrue(after <= BOUND, after + " statements");
    System.out.printf("feed: %d statements, then %d with 25 more posts%n", before, after);
  }

  @Test
  void aSearchTakesAFewStatementsHoweverManyPostsMatch() {
    String word = "zqcount" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    publishWithWord(25, word);
    int before = searchStatements(word);
    publishWithWord(25, word);
    int after = searchStatements(word);

    assertTrue(before > 0, "the SQL log was read: " + before);
    assertEquals(before, after, "as many statements for 50 matches as for 25");
    assertTrue(after <= BOUND, after + " statements");
    System.out.printf("search: %d statements for 25 matches, then %d for 50%n", before, after);
  }

  private void publishWithWord(int count, String word) {
    List<String> authors = List.of("trust.admin", "news.editor", "catrin.morgan");
    for (int i = 0; i < count; i++) {
      acting.as(authors.get(i % authors.size()));
      news.publish(
          new PostForm(
              "Search post " + i,
              null,
              "<p>" + word + "</p>",
              true,
              Set.of(),
              Set.of(),
              false,
              false));
    }
  }

  private int searchStatements(String word) {
    acting.as("staff");
    PageRequest page = PageRequest.first(20);
    assertEquals(20, news.search(word, page).rows().size()); // warms the loggers up
    return SqlStatements.count(() -> news.search(word, page));
  }

  /** Posts by several authors, to one school, the other, both and the whole trust. */
  private void publishSome(int count, long oakfield, long riverside) {
    List<Set<Long>> audiences =
        List.of(Set.of(oakfield), Set.of(riverside), Set.of(oakfield, riverside), Set.of());
    List<String> authors = List.of("trust.admin", "news.editor", "catrin.morgan");
    for (int i = 0; i < count; i++) {
      acting.as(authors.get(i % authors.size()));
      Set<Long> audience = new HashSet<>(audiences.get(i % audiences.size()));
      news.publish(
          new PostForm(
              "Feed post " + i + " " + System.nanoTime(),
              "Summary " + i,
              "<p>Body</p>",
              audience.isEmpty(),
              audience,
              Set.of(),
              false,
              i % 3 == 0));
    }
  }

  private int feedStatements(long reader) {
    acting.as(reader);
    PageRequest page = PageRequest.first(20);
    assertEquals(20, news.feed(FeedFilter.NONE, page).rows().size()); // warms the loggers up
    return SqlStatements.count(() -> news.feed(FeedFilter.NONE, page));
  }
}
