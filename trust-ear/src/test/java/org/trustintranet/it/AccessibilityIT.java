package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.2 AA in a real browser (issue 9): each demo role signs in and visits every page reachable
 * by links from home (bounded), and axe-core checks each against the WCAG 2.0, 2.1 and 2.2 A and AA
 * rules; any violation fails, with its rule, element and page. A new screen linked from anywhere is
 * checked without a new line here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {
  static final int MAX_PAGES = 40;

  /**
   * Addresses that differ only in their parameters' values count as one screen, this many times.
   */
  static final int MAX_PER_SCREEN = 3;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private URI root() {
    return loopback(base);
  }

  @Test
  void trustAdminsPagesPass() {
    crawlAs("trust admin", "trust.admin" + DOMAIN);
  }

  @Test
  void schoolAdminsPagesPass() {
    crawlAs("school admin", "school.admin" + DOMAIN);
  }

  @Test
  void teachersPagesPass() {
    crawlAs("teacher", "teacher" + DOMAIN);
  }

  @Test
  void welshTeachersPagesPass() {
    crawlAs("Welsh teacher", "athro" + DOMAIN);
  }

  @Test
  void signInAndErrorPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      browser.get(root().resolve("login.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      // A sign-in that fails: the error message and the fields marked invalid.
      browser.findElement(By.id("login:email")).sendKeys("nobody" + DOMAIN);
      browser.findElement(By.id("login:signIn")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-invalid]")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      // The digest's unsubscribe page, reached from a mail without signing in.
      browser.get(root().resolve("news/unsubscribe.xhtml?token=not-a-token").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("staff/person.xhtml?id=987654321").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      // The author page of nobody (a real author's page is reached by the crawl, from a byline).
      browser.get(root().resolve("news/author.xhtml?id=987654321").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The rooms screens, whether or not the crawl reaches them within its bound: the list, a room
   * with its bookings and booking form (also refused, with messages at the fields, and showing a
   * weekly series' dates before they are booked), the form that adds a room and changes one (with
   * its booking rules and photo), "My bookings", a school's closed days (also refused), its periods
   * (also refused; the room's form offers "Book by period"), a room that does not exist, and the
   * queue of requests to approve (also after a decline without a reason).
   */
  @Test
  void roomPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      signIn(browser, "school.admin" + DOMAIN);
      browser.get(root().resolve("rooms/index.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.linkText("Training room")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("book:submit")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      String room = browser.getCurrentUrl();
      browser.findElement(By.id("book:title")).sendKeys("Too many people");
      browser.findElement(By.id("book:submit")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-invalid]")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      // A weekly series' dates before anything is booked: its first date clashes with the demo's
      // maths network meeting (Tuesday next week, 15:45), the others are free. Then "Cancel".
      browser.get(room);
      String tuesday =
          java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
              .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
              .plusDays(1)
              .toString();
      ((JavascriptExecutor) browser)
          .executeScript(
              "document.getElementById('book:date').value = arguments[0];"
                  + "document.getElementById('book:start').value = '15:45';"
                  + "document.getElementById('book:end').value = '16:45';"
                  + "document.getElementById('book:title').value = 'Weekly planning';"
                  + "document.getElementById('book:attendees').value = '4';"
                  + "document.getElementById('book:times').value = '3';",
              tuesday);
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("book:repeat")))
          .selectByValue("WEEKLY");
      browser.findElement(By.id("book:submit")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("book:dropSeries")));
      assertTrue(browser.getPageSource().contains("Clashes with a booking"), "the clash is shown");
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("book:dropSeries")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.invisibilityOfElementLocated(By.id("book:dropSeries")));
      browser.get(room.replace("rooms/room.xhtml", "rooms/edit.xhtml"));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("rooms/edit.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("rooms/mine.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      // A school's closed days (the demo's half term and INSET day), and the form refused empty.
      browser.get(root().resolve("rooms/index.xhtml").toString());
      browser.findElement(By.partialLinkText("Closed days")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("closed:add")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("closed:add")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-invalid]")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      // The school's periods (the demo's six lessons with break and lunch), and a save refused
      // (a period that ends before it starts), with its message.
      browser.get(root().resolve("rooms/index.xhtml").toString());
      browser.findElement(By.partialLinkText("Periods")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("periods:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      ((JavascriptExecutor) browser)
          .executeScript(
              "document.getElementById('periods:rows:0:starts').value = '10:00';"
                  + "document.getElementById('periods:rows:0:ends').value = '09:00';");
      browser.findElement(By.id("periods:save")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.tagName("body"), "must end after it starts"));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("rooms/room.xhtml?id=987654321").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      // The teacher organises a demo booking: "My bookings" with a row and its cancel button.
      browser = HeadlessChromium.start();
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("rooms/mine.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      // Riverside's admin: the link to the requests and the queue with the demo's pending booking;
      // then a decline without a reason, refused with its message.
      browser = HeadlessChromium.start();
      signIn(browser, "riverside.admin" + DOMAIN);
      browser.get(root().resolve("rooms/index.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("rooms/requests.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      List<WebElement> decline = browser.findElements(By.cssSelector("[id$=':decline']"));
      if (!decline.isEmpty()) {
        decline.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .until(ExpectedConditions.stalenessOf(decline.get(0)));
        violations.addAll(HeadlessChromium.axeViolations(browser));
      }
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The calendars and "find a room", as a member of another school sees them: a school's week
   * calendar with a "Busy" booking, its month and day views, a room's calendar, the search form,
   * its results with a "Book" button on each, and a booking refused at its field.
   */
  @Test
  void roomCalendarAndFindPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "staff" + DOMAIN); // Riverside only
      browser.get(root().resolve("rooms/index.xhtml").toString());
      String room = browser.findElement(By.linkText("Training room")).getAttribute("href");
      browser.findElement(By.linkText("Oakfield Primary School")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fc-next-button")));
      browser.findElement(By.cssSelector(".fc-next-button")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fc-view"), "Busy"));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-daygrid")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.cssSelector(".fc-timeGridDay-button")).click();
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-timeGridDay-view")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(room.replace("rooms/room.xhtml?id=", "rooms/calendar.xhtml?room="));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-timegrid")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("rooms/find.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(
          root()
              .resolve(
                  "rooms/find.xhtml?date="
                      + java.time.LocalDate.now().plusDays(400)
                      + "&start=10:00&length=120&capacity=2&facilities=PROJECTOR")
              .toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resultsHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.cssSelector("#find\\:results button")).click(); // no title
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-invalid]")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("rooms/calendar.xhtml?school=987654321").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The library's screens (issue 12): the search, also narrowed from its address with its facet
   * counts, a resource's page as its owner sees it (versions, withdraw, a new version's upload,
   * "report a problem") and as an education officer does (rating and the quality checklist), its
   * edit form, the share form (also refused empty, with messages at the fields), "My resources",
   * and a resource that does not exist.
   */
  @Test
  void libraryPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("library/index.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(
          root()
              .resolve("library/index.xhtml?q=fractions&subject=MATHEMATICS&stage=KS2")
              .toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.linkText("Fractions on a number line")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versionsHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      String resource = browser.getCurrentUrl();
      browser.get(resource.replace("library/resource.xhtml", "library/edit.xhtml"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("library/share.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("share:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-invalid]")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("library/mine.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("library/resource.xhtml?id=987654321").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      browser = HeadlessChromium.start();
      signIn(browser, "education.officer" + DOMAIN);
      browser.get(resource);
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assure:mark")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The professional-learning screens: as the teacher, the hub, the teaching profile (also refused
   * with an area of both kinds) and the suggested partners; as the trust admin, the focus areas
   * with the form for a new one (also refused empty) and for changing one.
   */
  @Test
  void learningPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("learning/index.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("learning/profile.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      // The demo teacher develops questioning: ticking it as a strength too is refused.
      String developed =
          browser
              .findElement(By.cssSelector("input[name='profile:developing']:checked"))
              .getAttribute("value");
      browser
          .findElement(By.cssSelector("input[name='profile:strengths'][value='" + developed + "']"))
          .click();
      browser.findElement(By.id("profile:save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("learning/partners.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("partners")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("learning/expertise.xhtml").toString());
      browser.findElement(By.id("find")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schools")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "trust.admin" + DOMAIN);
      browser.get(root().resolve("learning/focus-areas.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("area:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("area:save")).click();
      // An empty name: its message at the field.
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.cssSelector("[id$=':edit']")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("area:retired")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The networks screens, whether or not the crawl reaches them within its bound: as the teacher,
   * the directory with "My networks", an open network (with its join button), a by-invitation one
   * and one that does not exist; as the trust admin, the directory with the create form (also
   * refused empty, and after a search for the first lead), and the pages of a network with a
   * request waiting and of one with an invitation waiting, with the forms of those who manage it.
   */
  @Test
  void networkPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("networks/index.xhtml").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("networks/index.xhtml?kind=SUBJECT").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.linkText("Primary mathematics subject leads")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("leadsHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("networks/index.xhtml").toString());
      browser.findElement(By.linkText("First and second year headteachers")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("leadsHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("networks/network.xhtml?id=987654321").toString());
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "trust.admin" + DOMAIN);
      browser.get(root().resolve("networks/index.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create:submit")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("create:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("create:leadSearch")).sendKeys("a");
      browser.findElement(By.id("create:findLead")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create:lead")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      for (String network : List.of("Leeds teaching hub", "First and second year headteachers")) {
        browser.get(root().resolve("networks/index.xhtml").toString());
        browser.findElement(By.linkText(network)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit:save")));
        violations.addAll(HeadlessChromium.axeViolations(browser));
      }
      browser.findElement(By.id("invite:search")).sendKeys("a");
      browser.findElement(By.id("invite:find")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:person")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The coaching screens: as the trust admin, the new heads' coaching (pairings, the pairing form,
   * refused empty) and the demo pairing with its meetings' days only; as the coach, "my coaching"
   * and the pairing with notes, goals and the meeting form, refused empty.
   */
  @Test
  void coachingPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "trust.admin" + DOMAIN);
      browser.get(root().resolve("networks/index.xhtml").toString());
      browser.findElement(By.linkText("First and second year headteachers")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coachingLink")));
      browser.findElement(By.id("coachingLink")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pair:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("pair:save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.linkText("Isla Singh")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("private")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "isla.singh" + DOMAIN);
      browser.get(root().resolve("networks/index.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coachingHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.linkText("Amara Okafor")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("meeting:save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The peer observation screens: as the demo teacher, "My observations" with the demo observation
   * agreed with a Willow Bank teacher, that observation (refused an empty day), and the invitation
   * form for the same colleague (refused: they have an open observation already); as the school
   * admin, the completed observations per school.
   */
  @Test
  void observationPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("learning/observations.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("openHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.linkText("Chloe Patel")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agree:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      String colleague =
          browser
              .findElement(By.cssSelector("#invitee a"))
              .getAttribute("href")
              .replaceAll(".*id=", "");
      browser.findElement(By.id("agree:day")).clear();
      browser.findElement(By.id("agree:save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("learning/observation-invite.xhtml?with=" + colleague).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:send")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("invite:send")).click();
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector(".ui-messages-error, .ui-message-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "school.admin" + DOMAIN);
      browser.get(root().resolve("learning/observation-counts.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("counts")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The open classrooms screen: as the demo teacher, the offers to come and "My open classrooms"
   * with the demo visitor, then the offer form refused empty (messages at the fields).
   */
  @Test
  void openClassroomPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("learning/open-classrooms.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offer:submit")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("offer:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The networks' session screens: as the trust admin (who manages every network), the new heads'
   * online session with its list of places and the waiting list, and the schedule form, empty, then
   * refused; as the teacher, the maths leads' meeting in a booked room, without a place.
   */
  @Test
  void networkSessionPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "trust.admin" + DOMAIN);
      browser.get(root().resolve("networks/index.xhtml").toString());
      browser.findElement(By.linkText("First and second year headteachers")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sessionsHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.linkText("Termly meeting: your first budget")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("peopleHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.navigate().back();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scheduleSession")));
      browser.findElement(By.id("scheduleSession")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schedule:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("schedule:save")).click();
      // Refused empty: each required field has its message beside it.
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("networks/index.xhtml").toString());
      browser.findElement(By.linkText("Primary mathematics subject leads")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sessionsHeading")));
      browser.findElement(By.linkText("Maths network meeting")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("where")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The programme screens (issue 14): as the teacher, the termly booklet and a programme with its
   * Register button; as the trust admin, a programme with its registrations by school, and the new
   * programme form, empty, then refused; as Oakfield's school admin, the queue of requests.
   */
  @Test
  void programmePagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("learning/programmes.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bookletHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.linkText("Mentoring early career teachers well")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sessionsHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "trust.admin" + DOMAIN);
      browser.get(root().resolve("learning/programmes.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bookletHeading")));
      browser.findElement(By.linkText("Teaching assistants: supporting pupils with SEND")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registrationsHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("learning/programme-edit.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("programme:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("programme:save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "school.admin" + DOMAIN);
      browser.get(root().resolve("learning/programme-requests.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests:list")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * The case-study screens (issue 14): as the teacher, the library with its search form, a
   * published case study with its history, and the editor, empty, then refused; as the education
   * officer, the review queue and a submitted case study with its review form.
   */
  @Test
  void caseStudyPagesPass() {
    WebDriver browser = HeadlessChromium.start();
    try {
      List<String> violations = new ArrayList<>();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("learning/case-studies.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("libraryHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.partialLinkText("Talk before writing")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("historyHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.get(root().resolve("learning/case-study-edit.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("study:save")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.id("study:save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signIn(browser, "education.officer" + DOMAIN);
      browser.get(root().resolve("learning/case-study-reviews.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      browser.findElement(By.partialLinkText("Story sacks")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reviewHeading")));
      violations.addAll(HeadlessChromium.axeViolations(browser));
      assertTrue(violations.isEmpty(), violations.size() + " violations:\n" + lines(violations));
    } finally {
      browser.quit();
    }
  }

  /**
   * Reflow (WCAG 1.4.10): on a phone's 375 px and at 320 px, the home, directory and members pages
   * are no wider than the window (no sideways scrolling of the page).
   */
  @Test
  void narrowScreensNeedNoSidewaysScrolling() {
    ChromeDriver browser = HeadlessChromium.start(375, 800);
    try {
      signIn(browser, "school.admin" + DOMAIN);
      browser.findElement(By.linkText("Manage members")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("members:table")));
      String members = browser.getCurrentUrl();
      List<String> tooWide = new ArrayList<>();
      for (int width : new int[] {375, 320}) {
        HeadlessChromium.viewport(browser, width, 800);
        for (String page :
            List.of(
                root().resolve("index.xhtml").toString(),
                root().resolve("staff/directory.xhtml").toString(),
                members)) {
          browser.get(page);
          long scrollWidth =
              (Long) browser.executeScript("return document.documentElement.scrollWidth;");
          long innerWidth = (Long) browser.executeScript("return window.innerWidth;");
          assertEquals(width, innerWidth, "the window's width");
          if (scrollWidth > innerWidth) {
            tooWide.add(page + " is " + scrollWidth + " px wide at " + innerWidth + " px");
          }
        }
      }
      assertTrue(tooWide.isEmpty(), String.join("\n", tooWide));
    } finally {
      browser.quit();
    }
  }

  /** Signing in with the keyboard alone: Tab to the fields, type, Enter. */
  @Test
  void signInWithTheKeyboard() {
    ChromeDriver browser = HeadlessChromium.start();
    try {
      browser.get(root().resolve("login.xhtml").toString());
      tabTo(browser, "login:email");
      new Actions(browser).sendKeys("teacher" + DOMAIN).sendKeys(Keys.TAB).perform();
      assertEquals("login:password", focused(browser));
      new Actions(browser).sendKeys(PASSWORD).sendKeys(Keys.ENTER).perform();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));

      // The first Tab on a page reaches the skip link, which shows and leads into the main content.
      browser.get(root().resolve("staff/directory.xhtml").toString());
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement skip = browser.switchTo().activeElement();
      assertEquals("skip-link", skip.getAttribute("class"));
      assertTrue(skip.getRect().getX() >= 0 && skip.isDisplayed(), "visible on focus");
      new Actions(browser).sendKeys(Keys.ENTER).perform();
      assertEquals("main", focused(browser));
      new Actions(browser).sendKeys(Keys.TAB).perform();
      assertEquals("directory:text", focused(browser), "the first field after the skip");
    } finally {
      browser.quit();
    }
  }

  /** Filtering the staff directory and opening a person, with the keyboard alone. */
  @Test
  void filterTheDirectoryAndOpenAPersonWithTheKeyboard() {
    ChromeDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "teacher" + DOMAIN);
      browser.get(root().resolve("staff/directory.xhtml").toString());
      tabTo(browser, "directory:text");
      new Actions(browser).sendKeys("Hughes").sendKeys(Keys.ENTER).perform();
      wait.until(
          d -> {
            try {
              String table = d.findElement(By.id("directory:staff")).getText();
              return table.contains("Ben Hughes") && !table.contains("Helen Barker");
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
              return false;
            }
          });
      for (int i = 0;
          i < 40 && !browser.switchTo().activeElement().getText().equals("Ben Hughes");
          i++) {
        new Actions(browser).sendKeys(Keys.TAB).perform();
      }
      assertEquals("Ben Hughes", browser.switchTo().activeElement().getText(), "reached with Tab");
      new Actions(browser).sendKeys(Keys.ENTER).perform();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Ben Hughes"));
    } finally {
      browser.quit();
    }
  }

  /**
   * A school admin changes a member's role and removes them with the keyboard alone; each dialog
   * takes the focus, keeps it while open, and gives it back when it closes.
   */
  @Test
  void changeARoleAndRemoveAMemberWithTheKeyboard() {
    String family = "Keyboard" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    ChromeDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "school.admin" + DOMAIN);
      tabUntilText(browser, "Manage members");
      new Actions(browser).sendKeys(Keys.ENTER).perform();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("addNew:email")));
      String members = browser.getCurrentUrl();
      browser.findElement(By.id("addNew:email")).sendKeys(family.toLowerCase() + DOMAIN);
      new Actions(browser).sendKeys(Keys.TAB, "Robin", Keys.TAB, family, Keys.ENTER).perform();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "Robin " + family + " was added"));

      browser.get(members);
      tabTo(browser, "members:text");
      new Actions(browser).sendKeys(family, Keys.ENTER).perform();
      wait.until(
          d -> {
            try {
              // only the new member: the unfiltered table had them too
              return d.findElement(By.id("members:table")).getText().contains(family)
                  && d.findElements(By.cssSelector("[id='members:table_data'] > tr")).size() == 1;
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
              return false;
            }
          });
      tabTo(browser, "members:table:0:role");
      new Actions(browser).sendKeys(Keys.ENTER).perform();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roleDialog")));
      wait.until(d -> "roleForm:newRole".equals(focused(d)));
      assertTrue(
          browser.findElement(By.id("roleDialog")).getText().contains(family), "this member");
      violationsNone(browser);
      // Staff is first; the arrow chooses the next role, Tab reaches Save, Space presses it.
      new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
      tabTo(browser, "roleForm:save");
      new Actions(browser).sendKeys(Keys.SPACE).perform();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Role changed."));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("roleDialog")));

      tabTo(browser, "members:table:0:end");
      new Actions(browser).sendKeys(Keys.ENTER).perform();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endDialog")));
      wait.until(d -> "endForm:no".equals(focused(d)));
      violationsNone(browser);
      WebElement dialog = browser.findElement(By.id("endDialog"));
      for (int i = 0; i < 6; i++) {
        new Actions(browser)
            .sendKeys(i % 2 == 0 ? Keys.TAB : Keys.chord(Keys.SHIFT, Keys.TAB))
            .sendKeys(Keys.TAB)
            .perform();
        WebElement active = browser.switchTo().activeElement();
        assertTrue(
            (Boolean)
                browser.executeScript(
                    "return arguments[0].contains(arguments[1]);", dialog, active),
            "the focus stays in the dialog, not on " + active.getAttribute("id"));
      }
      new Actions(browser).sendKeys(Keys.ESCAPE).perform();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("endDialog")));
      wait.until(d -> "members:table:0:end".equals(focused(d)));

      // Again, and this time remove them.
      new Actions(browser).sendKeys(Keys.ENTER).perform();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endDialog")));
      wait.until(d -> "endForm:no".equals(focused(d)));
      tabTo(browser, "endForm:yes"); // Tab goes round inside the dialog
      new Actions(browser).sendKeys(Keys.ENTER).perform();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "Membership ended."));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("endDialog")));
      wait.until(d -> !"body".equals(d.switchTo().activeElement().getTagName()));
    } finally {
      browser.quit();
    }
  }

  private static void violationsNone(WebDriver browser) {
    List<String> violations = HeadlessChromium.axeViolations(browser);
    assertTrue(violations.isEmpty(), lines(violations));
  }

  /**
   * Presses Tab until an element with this text has the focus (at most 80 times: the home page's
   * feed comes first, and each post there has links to its page, its author's and its tags' news).
   */
  private static void tabUntilText(WebDriver browser, String text) {
    for (int i = 0; i < 80 && !text.equals(browser.switchTo().activeElement().getText()); i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
    }
    assertEquals(text, browser.switchTo().activeElement().getText(), "reached with Tab");
  }

  /** Presses Tab until the element with this id has the focus (at most 40 times). */
  private static void tabTo(WebDriver browser, String id) {
    for (int i = 0; i < 40 && !id.equals(focused(browser)); i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
    }
    assertEquals(id, focused(browser), "reached with Tab");
  }

  private static String focused(WebDriver browser) {
    // Read in the page itself: an ajax update may replace the element between two WebDriver calls.
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return document.activeElement ? document.activeElement.id : null;");
  }

  private void crawlAs(String role, String email) {
    WebDriver browser = HeadlessChromium.start();
    try {
      signIn(browser, email);
      List<String> violations = new ArrayList<>();
      List<String> visited = crawlFromHome(browser, violations);
      System.out.println(
          "AccessibilityIT: "
              + role
              + " ("
              + email
              + "): "
              + visited.size()
              + " pages, "
              + violations.size()
              + " violations\n"
              + lines(visited));
      assertTrue(visited.size() >= 4, role + " reached only " + visited);
      assertTrue(
          violations.isEmpty(),
          role
              + ": "
              + violations.size()
              + " violations on "
              + visited.size()
              + " pages:\n"
              + lines(violations));
    } finally {
      browser.quit();
    }
  }

  private void signIn(WebDriver browser, String email) {
    browser.get(root().resolve("login.xhtml").toString());
    browser.findElement(By.id("login:email")).clear();
    browser.findElement(By.id("login:email")).sendKeys(email);
    browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login:signIn")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));
  }

  /**
   * Follows the links of the signed-in pages, breadth first from home, to at most {@link
   * #MAX_PAGES} pages (no sign-out, downloads, CSV files or Atom feeds), running axe on each.
   */
  private List<String> crawlFromHome(WebDriver browser, List<String> violations) {
    String origin = root().toString();
    Deque<String> queue = new ArrayDeque<>(List.of(origin + "index.xhtml"));
    Set<String> seen = new LinkedHashSet<>(queue);
    Map<String, Integer> perScreen = new HashMap<>();
    List<String> visited = new ArrayList<>();
    while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
      String page = queue.removeFirst();
      browser.get(page);
      visited.add(page);
      violations.addAll(HeadlessChromium.axeViolations(browser));
      @SuppressWarnings("unchecked")
      List<String> links =
          (List<String>)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return Array.from(document.querySelectorAll('a[href]:not([download])'),"
                          + " a => a.href);");
      for (String href : links) {
        String address = href == null ? "" : href.replaceAll("#.*$", "");
        if (!address.startsWith(origin) || skipped(address)) {
          continue;
        }
        if (seen.add(address)
            && perScreen.merge(screen(address), 1, Integer::sum) <= MAX_PER_SCREEN) {
          queue.addLast(address);
        }
      }
    }
    return visited;
  }

  private static boolean skipped(String address) {
    String a = address.toLowerCase(java.util.Locale.ROOT);
    return a.contains("faces.resource")
        || a.contains("logout")
        || a.contains("signout")
        || a.contains("download")
        || a.contains(".csv")
        || a.contains("/feeds/")
        || a.contains("export");
  }

  /** The page's path and the names of its parameters: person?id=1 and person?id=2 are one. */
  private static String screen(String address) {
    URI uri = URI.create(address);
    Set<String> names = new TreeSet<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        names.add(pair.replaceAll("=.*$", ""));
      }
    }
    return uri.getPath() + names;
  }

  private static String lines(List<String> items) {
    return "  " + String.join("\n  ", items);
  }
}
