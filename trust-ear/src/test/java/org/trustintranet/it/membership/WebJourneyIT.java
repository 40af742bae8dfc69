package org.trustintranet.it.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.HeadlessChromium;
import org.trustintranet.it.IntranetClient;

/**
 * The intranet as a browser sees it, over HTTP: sign-in and lock-out, security headers, error
 * pages, a crafted request against another school, and one real browser journey (headless
 * Chromium).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private IntranetClient client() {
    return new IntranetClient(loopback(base));
  }

  @Test
  void signInPageSendsSecurityHeaders() {
    HttpResponse<String> page = client().get("login.xhtml");
    assertEquals(200, page.statusCode());
    String csp = String.join(" ", page.headers().allValues("Content-Security-Policy"));
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(csp.contains("nonce-"), "PrimeFaces adds a nonce policy for its scripts: " + csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        "strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
    String cookie = page.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    assertTrue(
        page.body().contains("<label") && page.body().contains("for=\"login:email\""),
        "labelled fields");
  }

  @Test
  void anonymousVisitorsAreSentToSignIn() throws Exception {
    IntranetClient anonymous = client();
    for (String page :
        new String[] {
          "index.xhtml", "staff/directory.xhtml", "admin/audit.xhtml", "schools/members.xhtml?id=1"
        }) {
      HttpResponse<String> response = anonymous.get(page);
      assertEquals(302, response.statusCode(), page);
      assertTrue(
          response.headers().firstValue("Location").orElse("").contains("login.xhtml"), page);
    }
  }

  @Test
  void aLinkOpenedBeforeSigningInIsWhereSigningInLeadsEvenAfterATypo() throws Exception {
    IntranetClient teacher = client();
    assertEquals(302, teacher.get("staff/directory.xhtml?q=Barker").statusCode());
    teacher.get("favicon.ico"); // what a browser fetches alongside is not where to continue
    HttpResponse<String> typo = teacher.signIn("teacher" + DOMAIN, "not the password");
    assertEquals(200, typo.statusCode(), "refused: the form again");
    HttpResponse<String> signedIn = teacher.signIn("teacher" + DOMAIN, PASSWORD);
    assertEquals(302, signedIn.statusCode());
    assertTrue(
        signedIn
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/staff/directory.xhtml?q=Barker"),
        signedIn.headers().toString());
    String directory = teacher.get("staff/directory.xhtml?q=Barker").body();
    assertTrue(directory.contains("Helen Barker"), "the link's filter is applied");
    assertFalse(directory.contains("Priya Shah"), "and only it");
    HttpResponse<String> careless = teacher.get("staff/directory.xhtml?q=" + "x".repeat(1000));
    assertEquals(200, careless.statusCode(), "an over-long filter is cut, not an error");
    assertTrue(careless.body().contains("Nothing matches."));
  }

  @Test
  void signingInAgainInASignedInSessionChecksThePasswordAndSwitchesTheUser() throws Exception {
    IntranetClient shared = client(); // a staffroom computer
    shared.signIn("trust.admin" + DOMAIN, PASSWORD);
    assertEquals(200, shared.get("admin/audit.xhtml").statusCode());
    assertEquals(200, shared.signIn("staff" + DOMAIN, "not the password").statusCode());
    assertEquals(302, shared.get("index.xhtml").statusCode(), "a refused sign-in signs out");
    assertEquals(302, shared.signIn("staff" + DOMAIN, PASSWORD).statusCode());
    assertEquals(403, shared.get("admin/audit.xhtml").statusCode(), "now the staff member");
  }

  @Test
  void signedInUsersKeepTheirRolesWhenTheirRequestsArriveTogether() throws Exception {
    // Payara's own session sign-in answered some of these 403 (payara/Payara#6145): a school at
    // 9am is many users at once. Each user's requests go out from 2 threads at the same time.
    String[] people = {"trust.admin", "school.admin", "teacher", "staff", "riverside.admin"};
    List<IntranetClient> users = new ArrayList<>();
    for (String person : people) {
      IntranetClient user = client();
      assertEquals(302, user.signIn(person + DOMAIN, PASSWORD).statusCode(), person);
      users.add(user);
    }
    ExecutorService pool = Executors.newFixedThreadPool(2 * users.size());
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (IntranetClient user : users) {
          for (int twin = 0; twin < 2; twin++) {
            answers.add(pool.submit(() -> user.get("index.xhtml").statusCode()));
          }
        }
      }
      int refused = 0;
      for (Future<Integer> answer : answers) {
        if (answer.get(60, TimeUnit.SECONDS) != 200) {
          refused++;
        }
      }
      assertEquals(0, refused, "of " + answers.size() + " requests of signed-in users");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void demoLoginWorksAndSignOutEndsTheSession() throws Exception {
    IntranetClient admin = client();
    HttpResponse<String> signedIn = admin.signIn("trust.admin" + DOMAIN, PASSWORD);
    assertEquals(302, signedIn.statusCode());
    HttpResponse<String> home = admin.get("index.xhtml");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("Priya Shah"));
    assertTrue(home.body().contains("Audit trail"), "trust admins see the audit trail");
    HttpResponse<String> audit = admin.get("admin/audit.xhtml");
    assertEquals(200, audit.statusCode());
    assertTrue(audit.body().contains("Demo trust created"), "actions are worded, not codes");
    assertFalse(audit.body().contains(">demo.seed<"), "actions are worded, not codes");

    // Signs out from the home page, as a browser would: the form of the page last fetched.
    assertEquals(200, admin.get("index.xhtml").statusCode());
    HttpResponse<String> out =
        admin.post("index.xhtml", "signOutForm", Map.of("signOutForm:signOut", "Sign out"));
    assertEquals(302, out.statusCode());
    assertEquals(302, admin.get("index.xhtml").statusCode(), "signed out");
  }

  @Test
  void wrongPasswordIsRefusedWithoutSayingWhichFieldWasWrong() throws Exception {
    IntranetClient guest = client();
    HttpResponse<String> refused = guest.signIn("teacher" + DOMAIN, "not the password");
    assertEquals(200, refused.statusCode());
    assertTrue(refused.body().contains("The email address or password is not right"));
    HttpResponse<String> unknown =
        guest.signIn("nobody-" + UUID.randomUUID() + "@example.org", "whatever");
    assertTrue(unknown.body().contains("The email address or password is not right"));
    assertEquals(302, guest.get("index.xhtml").statusCode());
  }

  @Test
  void sixthAttemptOnAnAccountIsLockedOut() throws Exception {
    IntranetClient attacker = client();
    String victim = "victim-" + UUID.randomUUID() + "@example.org";
    for (int i = 0; i < 5; i++) {
      attacker.signIn(victim, "guess" + i);
    }
    HttpResponse<String> locked = attacker.signIn(victim, "guess6");
    assertTrue(locked.body().contains("Too many failed attempts"), locked.body());
  }

  @Test
  void aFormPostWithoutTheViewStateOfItsPageChangesNothing() throws Exception {
    IntranetClient admin = client();
    assertEquals(302, admin.signIn("trust.admin" + DOMAIN, PASSWORD).statusCode());
    String name = "Forged School " + UUID.randomUUID();
    Map<String, String> form =
        Map.of(
            "edit:urn",
            Integer.toString(ThreadLocalRandom.current().nextInt(200_000, 999_999)),
            "edit:name",
            name,
            "edit:phase_input",
            "PRIMARY",
            "edit:save",
            "");

    admin.get("schools/edit.xhtml");
    admin.forgeViewState("-1234567890:987654321");
    HttpResponse<String> forged = admin.post("schools/edit.xhtml", "edit", form);
    assertFalse(forged.body().contains(".java:"));
    assertFalse(admin.get("schools/index.xhtml").body().contains(name), "no school was created");

    admin.get("schools/edit.xhtml");
    HttpResponse<String> real = admin.post("schools/edit.xhtml", "edit", form);
    assertTrue(
        admin.get("schools/index.xhtml").body().contains(name),
        "the same post with the page's own view state creates the school: " + real.statusCode());
  }

  @Test
  void schoolAdminAddsNewStaffAndCorrectsTheirDetails() throws Exception {
    IntranetClient admin = client();
    assertEquals(302, admin.signIn("school.admin" + DOMAIN, PASSWORD).statusCode());
    long oakfield = schoolId(admin.get("schools/index.xhtml").body(), "Oakfield Primary School");
    String email = "new.starter." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    admin.get("schools/members.xhtml?id=" + oakfield);
    HttpResponse<String> added =
        admin.post(
            "schools/members.xhtml?id=" + oakfield,
            "addNew",
            Map.of(
                "addNew:email", " " + email.toUpperCase() + " ",
                "addNew:givenName", "Nia",
                "addNew:familyName", "Aabbott",
                "addNew:jobTitle", "Teaching assistant",
                "addNew:role", "STAFF",
                "addNew:add", ""));
    assertTrue(added.body().contains("Nia Aabbott was added"), added.body());

    String page = admin.get("schools/members.xhtml?id=" + oakfield).body();
    // The family name sorts first, so the new member is on the first page of the lazy table.
    Matcher link = Pattern.compile("person\\.xhtml\\?id=(\\d+)\">Nia Aabbott").matcher(page);
    assertTrue(link.find(), "listed among the school's members");
    String personPage = "staff/person.xhtml?id=" + link.group(1);
    assertTrue(
        admin.get(personPage).body().contains(email), "email stored trimmed and lower-cased");

    HttpResponse<String> saved =
        admin.post(
            personPage,
            "edit",
            Map.of(
                "edit:email", email,
                "edit:givenName", "Nia",
                "edit:familyName", "Aabbott-Jones",
                "edit:jobTitle", "Cover supervisor",
                "edit:save", ""));
    assertTrue(saved.body().contains("The details were saved"), saved.body());
    String after = admin.get(personPage).body();
    assertTrue(after.contains("Nia Aabbott-Jones") && after.contains("Cover supervisor"));
  }

  @Test
  void staffCannotOpenTrustAdministration() throws Exception {
    IntranetClient teacher = client();
    assertEquals(302, teacher.signIn("teacher" + DOMAIN, PASSWORD).statusCode());
    HttpResponse<String> audit = teacher.get("admin/audit.xhtml");
    assertEquals(403, audit.statusCode());
    assertTrue(audit.body().contains("You do not have permission"));
  }

  @Test
  void errorPagesAreFriendlyAndShowNoStackTrace() throws Exception {
    IntranetClient admin = client();
    admin.signIn("trust.admin" + DOMAIN, PASSWORD);
    for (String page :
        new String[] {
          "staff/person.xhtml?id=999999999", "no-such-page.xhtml", "schools/school.xhtml?id=abc"
        }) {
      HttpResponse<String> response = admin.get(page);
      assertEquals(404, response.statusCode(), page);
      assertTrue(response.body().contains("There is no page at this address"), page);
      assertFalse(response.body().contains(".java:"), "no stack trace on " + page);
      assertFalse(response.body().contains("java.lang."), "no exception name on " + page);
    }
    assertTrue(
        admin
            .get("staff/person.xhtml?id=999999999")
            .body()
            .contains("There is no page at this address"));
  }

  @Test
  void schoolAdminCannotManageAnotherSchoolEvenWithACraftedRequest() throws Exception {
    IntranetClient admin = client();
    assertEquals(302, admin.signIn("school.admin" + DOMAIN, PASSWORD).statusCode());
    String schools = admin.get("schools/index.xhtml").body();
    long oakfield = schoolId(schools, "Oakfield Primary School");
    long riverside = schoolId(schools, "Riverside Academy");

    assertEquals(403, admin.get("schools/members.xhtml?id=" + riverside).statusCode());

    assertEquals(200, admin.get("schools/members.xhtml?id=" + oakfield).statusCode());
    HttpResponse<String> crafted =
        admin.post(
            "schools/members.xhtml?id=" + riverside,
            "addExisting",
            Map.of(
                "id",
                Long.toString(riverside),
                "addExisting:existingEmail",
                "school.admin" + DOMAIN,
                "addExisting:existingRole",
                "SCHOOL_ADMIN",
                "addExisting:add",
                ""));
    // The page keeps the school it was opened for (a postback cannot switch its id), so the post
    // acts at most on Oakfield, where Helen is already school admin: a message on the page, a 403
    // or a redirect to the error page. Never a stack trace, never obeyed for Riverside.
    boolean refusedPage = crafted.statusCode() == 200 || crafted.statusCode() == 403;
    boolean errorPage =
        crafted.statusCode() == 302
            && crafted.headers().firstValue("Location").orElse("").contains("/errors/");
    assertTrue(refusedPage || errorPage, "status " + crafted.statusCode());
    assertFalse(crafted.body().contains(".java:"), "no stack trace");

    IntranetClient riversideAdmin = client();
    riversideAdmin.signIn("riverside.admin" + DOMAIN, PASSWORD);
    String members = riversideAdmin.get("schools/members.xhtml?id=" + riverside).body();
    assertTrue(members.contains("Owen Price"), "the page lists Riverside's members");
    assertFalse(members.contains("Helen Barker"), "nobody was added to Riverside");
  }

  @Test
  void schoolAdminAddsAMembershipAndSeesItInTheDirectory() throws Exception {
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signInInBrowser(browser, wait);
      browser.findElement(By.linkText("Manage members")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("addExisting:existingEmail")));
      browser.findElement(By.id("addExisting:existingEmail")).sendKeys("ben.hughes" + DOMAIN);
      browser.findElement(By.id("addExisting:add")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "Ben Hughes was added"));

      browser.findElement(By.linkText("Staff directory")).click();
      WebElement text =
          wait.until(ExpectedConditions.presenceOfElementLocated(By.id("directory:text")));
      text.sendKeys("Ben Hughes");
      browser.findElement(By.id("directory:school")).click();
      wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(
                      "#directory\\:school_panel li[data-label='Oakfield Primary School']")))
          .click();
      browser.findElement(By.id("directory:search")).click();
      // The table is re-rendered by more than one ajax update: read it afresh on every poll.
      wait.until(
          driver -> {
            try {
              String table = driver.findElement(By.id("directory:staff")).getText();
              return table.contains("Ben Hughes")
                  && table.contains("Oakfield Primary School (Staff)")
                  && table.contains("Riverside Academy (Teacher)");
            } catch (StaleElementReferenceException rerendered) {
              return false;
            }
          });
    } finally {
      browser.quit();
    }
  }

  private static long schoolId(String page, String name) {
    Matcher m =
        Pattern.compile("school\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(name)).matcher(page);
    assertTrue(m.find(), "no link to " + name);
    return Long.parseLong(m.group(1));
  }

  /** Signs Oakfield's school admin in through the sign-in page, as a person types it. */
  private void signInInBrowser(WebDriver browser, WebDriverWait wait) {
    browser.get(loopback(base).resolve("login.xhtml").toString());
    browser.findElement(By.id("login:email")).sendKeys("school.admin" + DOMAIN);
    browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login:signIn")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Helen Barker"));
  }

  /** Waits until the members table, read afresh on every poll (ajax re-renders it), says so. */
  private static void awaitMembersTable(
      WebDriverWait wait, java.util.function.Predicate<String> ok) {
    wait.until(
        driver -> {
          try {
            return ok.test(driver.findElement(By.id("members:table")).getText());
          } catch (StaleElementReferenceException rerendered) {
            return false;
          }
        });
  }

  /**
   * Clicks an element of a table that ajax may still be re-rendering: found afresh until it holds.
   */
  private static void clickAfresh(WebDriverWait wait, By element) {
    wait.until(
        driver -> {
          try {
            driver.findElement(element).click();
            return true;
          } catch (StaleElementReferenceException rerendered) {
            return false;
          }
        });
  }

  @Test
  void schoolAdminChangesARoleThenRemovesTheMemberOnTheMembersPage() throws Exception {
    String family = "Rolechange" + lettersOnly(UUID.randomUUID().toString()).substring(0, 8);
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signInInBrowser(browser, wait);
      browser.findElement(By.linkText("Manage members")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("addNew:email")));
      browser.findElement(By.id("addNew:email")).sendKeys(family.toLowerCase() + DOMAIN);
      browser.findElement(By.id("addNew:givenName")).sendKeys("Robin");
      browser.findElement(By.id("addNew:familyName")).sendKeys(family);
      browser.findElement(By.id("addNew:add")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "Robin " + family + " was added"));

      browser.findElement(By.id("members:text")).sendKeys(family);
      browser.findElement(By.id("members:search")).click();
      // The added member is already in the unfiltered table: wait for the filter to leave only
      // them.
      wait.until(
          driver ->
              driver.findElements(By.cssSelector("[id='members:table_data'] > tr")).size() == 1);
      awaitMembersTable(wait, table -> table.contains(family) && table.contains("Staff"));

      // "Change role" opens the page's one role dialog (a labelled dialog holding a select + save).
      clickAfresh(wait, By.id("members:table:0:role"));
      WebElement dialog =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roleDialog")));
      assertEquals("dialog", dialog.getAttribute("role"));
      assertEquals(
          "Change role",
          browser.findElement(By.id(dialog.getAttribute("aria-labelledby"))).getText(),
          "the dialog is named by its heading");
      assertTrue(dialog.getText().contains("Robin " + family + " is Staff"), dialog.getText());
      WebElement newRole = browser.findElement(By.id("roleForm:newRole"));
      String label = browser.findElement(By.cssSelector("label[for='roleForm:newRole']")).getText();
      assertTrue(label.startsWith("New role"), label); // "New role*": required
      new Select(newRole).selectByVisibleText("Teacher");
      browser.findElement(By.id("roleForm:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Role changed."));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("roleDialog")));
      awaitMembersTable(wait, table -> table.contains(family) && table.contains("Teacher"));

      // "Remove from school" asks first, in the page's one confirmation dialog.
      clickAfresh(wait, By.id("members:table:0:end"));
      WebElement confirm =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endDialog")));
      assertTrue(
          confirm.getText().contains("End Robin " + family + "'s membership"), confirm.getText());
      wait.until(ExpectedConditions.elementToBeClickable(By.id("endForm:yes"))).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "Membership ended."));
      awaitMembersTable(
          wait, table -> !table.contains(family) && table.contains("Nothing matches."));
    } finally {
      browser.quit();
    }
  }

  @Test
  void buttonTextIsReadableAndTheSignOutButtonShowsFocus() throws Exception {
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signInInBrowser(browser, wait);
      browser.findElement(By.linkText("Manage members")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members:table:0:end")));

      // WCAG 2.2 AA: 4.5:1 for text; the header's sign-out button, a primary and a secondary one.
      for (String id : List.of("signOutForm:signOut", "members:search", "members:table:0:end")) {
        WebElement button = browser.findElement(By.id(id));
        double ratio = contrast(textColour(button), backgroundColour(button));
        assertTrue(ratio >= 4.5, id + ": contrast " + ratio + " is below 4.5:1");
      }
      WebElement signOut = browser.findElement(By.id("signOutForm:signOut"));
      assertEquals("Sign out", signOut.getAttribute("value"));
      signOut.sendKeys(""); // keyboard focus
      assertEquals(signOut, browser.switchTo().activeElement());
      assertEquals("solid", signOut.getCssValue("outline-style"), "a visible focus outline");
      assertTrue(
          Double.parseDouble(signOut.getCssValue("outline-width").replace("px", "")) >= 2,
          signOut.getCssValue("outline-width"));
    } finally {
      browser.quit();
    }
  }

  private static double[] textColour(WebElement element) {
    return rgba(element.getCssValue("color"));
  }

  /**
   * The first opaque background from the element outwards (a transparent one shows its parent's).
   */
  private static double[] backgroundColour(WebElement element) {
    for (WebElement e = element; e != null; ) {
      double[] colour = rgba(e.getCssValue("background-color"));
      if (colour[3] > 0.99) {
        return colour;
      }
      e = "html".equals(e.getTagName()) ? null : e.findElement(By.xpath(".."));
    }
    return new double[] {255, 255, 255, 1};
  }

  /** "rgb(29, 79, 145)" or "rgba(255, 255, 255, 1)" as {r, g, b, alpha}. */
  private static double[] rgba(String css) {
    Matcher m = Pattern.compile("rgba?\\(([^)]*)\\)").matcher(css);
    assertTrue(m.find(), css);
    String[] parts = m.group(1).split(",");
    double[] c = {0, 0, 0, 1};
    for (int i = 0; i < parts.length; i++) {
      c[i] = Double.parseDouble(parts[i].trim());
    }
    return c;
  }

  /** The WCAG contrast ratio of two opaque colours. */
  static double contrast(double[] a, double[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(double[] rgb) {
    double[] lin = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = rgb[i] / 255;
      lin[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  }

  private static String lettersOnly(String text) {
    StringBuilder letters = new StringBuilder();
    for (char c : text.toCharArray()) {
      letters.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c == '-' ? 'x' : c);
    }
    return letters.toString();
  }
}
