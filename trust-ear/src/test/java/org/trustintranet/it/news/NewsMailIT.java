package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.uniqueEmail;
import static org.trustintranet.it.TestData.uniqueUrn;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.AccountService;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolForm;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.news.application.DigestChoiceOption;
import org.trustintranet.news.application.DigestService;
import org.trustintranet.news.application.Digests;
import org.trustintranet.news.application.MustReadService;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostForm;

/**
 * News mail against a real SMTP server: GreenMail runs inside the deployed intranet, on the port
 * the tests' intranet is set up to send to ({@code trust.test.mailOptions} in the pom). Reminders
 * reach exactly the readers who have not confirmed, in their language; digests list exactly the
 * posts each person may read; the unsubscribe link stops them.
 */
@ExtendWith(ArquillianExtension.class)
class NewsMailIT {
  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", "smtp");

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
            NewsMailIT.class, Acting.class, TestCallerIdentity.class, TestData.class)
        .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject NewsService news;
  @Inject MustReadService mustRead;
  @Inject DigestService digestService;
  @Inject Digests digests;
  @Inject SchoolService schools;
  @Inject SchoolStaffService schoolStaff;
  @Inject AccountService accounts;
  @Inject Acting acting;
  @Inject Clock clock;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private long newSchool(String name) {
    acting.as("trust.admin");
    return schools.create(
        new SchoolForm(
            uniqueUrn(), name + " " + System.nanoTime(), Phase.PRIMARY, null, null, null));
  }

  private long newPerson(String email, long school, SchoolRole role, Language language) {
    acting.as("trust.admin");
    long id = schoolStaff.addPerson(new PersonForm(email, "Mail", "Reader", null), school, role);
    if (language != Language.ENGLISH) {
      acting.as(id);
      accounts.changeMyLanguage(language);
    }
    return id;
  }

  private static PostForm post(
      String title, Set<Long> schools, boolean wholeTrust, boolean mustRead) {
    return new PostForm(
        title,
        "Summary of " + title,
        "<p>" + title + "</p>",
        wholeTrust,
        schools,
        Set.of(),
        false,
        mustRead,
        null,
        null,
        null);
  }

  /** Runs {@code test} with GreenMail listening, and stops it after. */
  private static <T> T withSmtp(java.util.function.Function<GreenMail, T> test) {
    GreenMail smtp = new GreenMail(SMTP);
    smtp.start();
    try {
      return test.apply(smtp);
    } finally {
      smtp.stop();
    }
  }

  /** The mails received so far, by recipient address. */
  private static Map<String, MimeMessage> byRecipient(GreenMail smtp, Set<String> wanted) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> wanted.contains(recipient(m)))
        .collect(Collectors.toMap(NewsMailIT::recipient, m -> m, (a, b) -> b));
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every text part of a message, decoded, one after another. */
  private static String text(Part part) {
    try {
      if (part.isMimeType("text/*")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          all.append(text(child)).append('\n');
        }
        return all.toString();
      }
      return "";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(MimeMessage m, String name) {
    try {
      String[] values = m.getHeader(name);
      return values == null ? null : values[0];
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(GreenMail smtp, Supplier<Boolean> done) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.get() && System.nanoTime() < until) {
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
    }
  }

  @Test
  void aReminderReachesEachReaderWhoHasNotConfirmedInTheirLanguageAndOnlyOnceADay() {
    long school = newSchool("Reminded school");
    String confirmed = uniqueEmail("confirmed");
    String english = uniqueEmail("english");
    String welsh = uniqueEmail("welsh");
    long confirmer = newPerson(confirmed, school, SchoolRole.STAFF, Language.ENGLISH);
    newPerson(english, school, SchoolRole.TEACHER, Language.ENGLISH);
    newPerson(welsh, school, SchoolRole.STAFF, Language.WELSH);
    acting.as("trust.admin");
    String title = "Fire drill procedure " + System.nanoTime();
    long postId = news.publish(post(title, Set.of(school), false, true));
    acting.as(confirmer);
    mustRead.acknowledge(postId);

    withSmtp(
        smtp -> {
          acting.as("trust.admin");
          assertEquals(2, mustRead.remind(postId), "two readers have not confirmed");
          Set<String> expected = Set.of(english, welsh);
          await(smtp, () -> byRecipient(smtp, expected).size() == 2);
          Map<String, MimeMessage> mails = byRecipient(smtp, Set.of(english, welsh, confirmed));
          assertEquals(expected, mails.keySet(), "only those who have not confirmed");

          MimeMessage inEnglish = mails.get(english);
          assertEquals("Please read: " + title, subject(inEnglish));
          assertTrue(text(inEnglish).contains(title));
          assertTrue(
              text(inEnglish)
                  .contains("https://intranet.oakvalley.test/news/post.xhtml?id=" + postId),
              "a link to the post");
          MimeMessage inWelsh = mails.get(welsh);
          assertTrue(subject(inWelsh).startsWith("Darllenwch"), subject(inWelsh));
          assertEquals("cy", header(inWelsh, "Content-Language"));
          return null;
        });

    acting.as("trust.admin");
    assertEquals(2, mustRead.lastReminder(postId).orElseThrow().recipients());
    BusinessException again =
        assertThrows(BusinessException.class, () -> mustRead.remind(postId), "once a day");
    assertEquals("error.news.reminderTooSoon", again.messageKey());
  }

  @Test
  void onlyTheAuthorAndEditorsMayRemindAndOutsidersCannotTellThePostExists() {
    long school = newSchool("Guarded school");
    long other = newSchool("Other school");
    long reader = newPerson(uniqueEmail("reader"), school, SchoolRole.TEACHER, Language.ENGLISH);
    long outsider =
        newPerson(uniqueEmail("outsider"), other, SchoolRole.SCHOOL_ADMIN, Language.ENGLISH);
    acting.as("trust.admin");
    long mustReadPost =
        news.publish(post("Guarded " + System.nanoTime(), Set.of(school), false, true));
    long plainPost = news.publish(post("Plain " + System.nanoTime(), Set.of(school), false, false));

    acting.as(reader);
    assertThrows(NotPermittedException.class, () -> mustRead.remind(mustReadPost));
    assertThrows(NotPermittedException.class, () -> mustRead.lastReminder(mustReadPost));
    acting.as(outsider);
    assertThrows(NotFoundException.class, () -> mustRead.remind(mustReadPost));
    acting.as("trust.admin");
    BusinessException notMustRead =
        assertThrows(BusinessException.class, () -> mustRead.remind(plainPost));
    assertEquals("error.news.notMustRead", notMustRead.messageKey());
    assertTrue(mustRead.lastReminder(mustReadPost).isEmpty(), "nothing was sent");
  }

  @Test
  void aDigestListsExactlyThePostsEachPersonMayReadAndItsLinkStopsIt() {
    long schoolA = newSchool("Digest school A");
    long schoolB = newSchool("Digest school B");
    String inA = uniqueEmail("digest.a");
    String inB = uniqueEmail("digest.b");
    long personA = newPerson(inA, schoolA, SchoolRole.TEACHER, Language.ENGLISH);
    long personB = newPerson(inB, schoolB, SchoolRole.TEACHER, Language.WELSH);
    for (long person : List.of(personA, personB)) {
      acting.as(person);
      digestService.chooseDigest(DigestChoiceOption.DAILY);
      assertEquals(DigestChoiceOption.DAILY, digestService.myDigest());
    }
    acting.as("trust.admin");
    String forA = "Only for school A " + System.nanoTime();
    String forAll = "For the whole trust " + System.nanoTime();
    news.publish(post(forA, Set.of(schoolA), false, false));
    news.publish(post(forAll, Set.of(), true, false));
    acting.nobody();

    Instant tomorrow = clock.instant().plus(Duration.ofDays(1));
    Map<String, MimeMessage> mails =
        withSmtp(
            smtp -> {
              assertTrue(digests.sendDue(tomorrow) >= 2, "at least these two digests went");
              return byRecipient(smtp, Set.of(inA, inB));
            });
    assertEquals(Set.of(inA, inB), mails.keySet());
    String textA = text(mails.get(inA));
    String textB = text(mails.get(inB));
    assertTrue(textA.contains(forA) && textA.contains(forAll), textA);
    assertTrue(textB.contains(forAll), textB);
    assertFalse(textB.contains(forA), "school B never sees school A's post: " + textB);
    assertTrue(subject(mails.get(inB)).startsWith("Newyddion"), "in Welsh");
    String unsubscribe = header(mails.get(inA), "List-Unsubscribe");
    assertEquals("List-Unsubscribe=One-Click", header(mails.get(inA), "List-Unsubscribe-Post"));
    assertTrue(unsubscribe.startsWith("<https://intranet.oakvalley.test/mail/unsubscribe?token="));

    withSmtp(
        smtp -> {
          digests.sendDue(tomorrow.plusSeconds(60));
          assertTrue(byRecipient(smtp, Set.of(inA, inB)).isEmpty(), "no second digest that day");
          return null;
        });

    String token =
        unsubscribe.substring(unsubscribe.indexOf("token=") + 6, unsubscribe.length() - 1);
    assertTrue(
        digestService.unsubscribe(
            java.net.URLDecoder.decode(token, java.nio.charset.StandardCharsets.UTF_8)));
    assertFalse(digestService.unsubscribe(token), "already stopped");
    assertFalse(digestService.unsubscribe("not-a-token"));
    acting.as(personA);
    assertEquals(DigestChoiceOption.NONE, digestService.myDigest());
  }
}
