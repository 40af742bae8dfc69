package org.trustintranet.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.resources.application.RatingView;
import org.trustintranet.resources.application.ResourceDetail;
import org.trustintranet.resources.application.ResourceForm;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.resources.application.StagedFile;
import org.trustintranet.resources.application.VersionView;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.Subject;
import org.trustintranet.resources.domain.Visibility;

/**
 * What happens to one resource when people act on it at the same moment, against the real database:
 * several people rating it at once (each of them twice, as a double click would) leave one rating
 * per person and an average that is the average of those ratings; several versions added at once
 * get distinct numbers, one after the other, the last of them current. Nobody gets an error for it.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryConcurrencyIT {
  static final String OAKFIELD = "Oakfield Primary School";

  /** Who rates: everyone of the demo trust who may see a trust-wide resource, but its owner. */
  static final List<String> RATERS =
      List.of(
          "athro", "staff", "school.admin", "riverside.admin", "education.officer", "trust.admin");

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        LibraryConcurrencyIT.class,
        Reviewer.class,
        Acting.class,
        SampleFiles.class,
        TestCallerIdentity.class,
        TestData.class);
  }

  @Inject ResourceService library;
  @Inject Reviewer reviewer;
  @Inject Acting acting;
  @Inject PersonRepository people;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private long personId(String user) {
    return people.findByEmail(EmailAddress.parse(user + DOMAIN)).orElseThrow().getId();
  }

  /** A Word document staged by the current person. */
  private StagedFile staged(String words) {
    return library.stage(
        "Plan " + System.nanoTime() + ".docx",
        new ByteArrayInputStream(SampleFiles.word("Lesson about " + words)));
  }

  /** A trust-wide resource shared by the demo teacher at Oakfield. */
  private long sharedByTheTeacher() {
    long oakfield = acting.school(OAKFIELD);
    acting.as("teacher");
    ResourceForm form = new ResourceForm();
    form.setSchoolId(oakfield);
    form.setTitle("Concurrency " + System.nanoTime());
    form.setDescription("For the tests");
    form.setSubject(Subject.MATHEMATICS);
    form.setKeyStage(KeyStage.KS2);
    form.setYearGroups(List.of(5));
    form.setType(ResourceType.WORKSHEET);
    form.setLicence(Licence.OGL);
    form.setVisibility(Visibility.TRUST);
    form.setTags("tests");
    return library.share(form, List.of(staged("fractions").id())).get(0);
  }

  /** Runs every call at the same moment, each on a thread of its own; their results in order. */
  private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get(120, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          failures.add(String.valueOf(e.getCause()));
        }
      }
      assertEquals(List.of(), failures, "no call fails for another happening at once");
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void peopleRatingAtOnceLeaveOneRatingEachAndTheRightAverage() throws Exception {
    long id = sharedByTheTeacher();
    Map<String, Set<Integer>> sent = new HashMap<>();
    List<Callable<Boolean>> calls = new ArrayList<>();
    for (int i = 0; i < RATERS.size(); i++) {
      String rater = RATERS.get(i);
      long person = personId(rater);
      for (int stars : new int[] {1 + i % 5, 1 + (i + 2) % 5}) {
        sent.computeIfAbsent(rater, r -> new HashSet<>()).add(stars);
        calls.add(
            () -> {
              reviewer.rateAs(person, id, stars);
              return true;
            });
      }
    }
    atOnce(calls);

    acting.as("teacher");
    ResourceDetail detail = library.resource(id);
    assertEquals(RATERS.size(), detail.ratingCount(), "one rating per person");
    assertEquals(RATERS.size(), detail.ratings().size());
    double sum = 0;
    for (RatingView rating : detail.ratings()) {
      sum += rating.stars();
    }
    assertEquals(sum / RATERS.size(), detail.ratingScore(), 1e-9, "the average of the ratings");
    for (String rater : RATERS) {
      acting.as(rater);
      RatingView mine = library.resource(id).myRating();
      assertTrue(
          mine != null && sent.get(rater).contains(mine.stars()),
          rater + " keeps one of the ratings they sent: " + mine);
    }
  }

  @Test
  void versionsAddedAtOnceGetDistinctNumbersOneAfterTheOther() throws Exception {
    long id = sharedByTheTeacher();
    long teacher = personId("teacher");
    int added = 4;
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < added; i++) {
      long staged = staged("version " + i).id();
      calls.add(() -> reviewer.addVersionAs(teacher, id, staged));
    }
    List<Integer> numbers = atOnce(calls);

    assertEquals(Set.of(2, 3, 4, 5), new HashSet<>(numbers), "each its own number: " + numbers);
    ResourceDetail detail = library.resource(id);
    assertEquals(1 + added, detail.currentVersion());
    assertEquals(
        List.of(1, 2, 3, 4, 5),
        detail.versions().stream().map(VersionView::number).sorted().toList());
  }
}
