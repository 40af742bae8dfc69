package org.trustintranet.it.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.HeadlessChromium;

/**
 * Staff networks in a browser (headless Chromium), issue 13: the demo teacher (Tom Fletcher) opens
 * Networks from the navigation, joins the open "Primary mathematics subject leads", finds themself
 * among its members and leaves again. A by-invitation network offers the teacher no button, and a
 * crafted post of the join button to its page changes nothing; a join that the rule no longer
 * allows (the trust admin made the network by invitation while the teacher's page was open) is
 * refused with its message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworksJourneyIT {
  private static final String TEACHER = "Tom Fletcher";
  private static final String MATHS = "Primary mathematics subject leads";
  private static final String HEADS = "First and second year headteachers";

  /** The demo post to the new heads' members, by their lead. */
  private static final String BUDGET_POST = "Before our autumn meeting: your first budget";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aTeacherJoinsAnOpenNetworkSeesThemselfAmongItsMembersAndLeaves() {
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "teacher" + DOMAIN);
      browser.findElement(By.linkText("Networks")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("directoryHeading")));
      browser.findElement(By.linkText(MATHS)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mine:join")));
      String page = browser.getCurrentUrl(); // a postback's address has no id
      assertTrue(page.contains("networks/network.xhtml?id="), page);
      assertEquals("Not a member", text(browser, "standing"));
      assertFalse(members(browser).contains(TEACHER), "not among the members yet");

      browser.findElement(By.id("mine:join")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You joined the network."));
      assertEquals("Member", text(browser, "standing"));
      assertTrue(members(browser).contains(TEACHER), "among the members: " + members(browser));

      browser.findElement(By.linkText("Networks")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mineHeading")));
      assertTrue(browser.findElement(By.id("mine")).getText().contains(MATHS), "in My networks");

      browser.get(page);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mine:leave")));
      browser.findElement(By.id("mine:leave")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You left the network."));
      assertEquals("Not a member", text(browser, "standing"));
      assertFalse(members(browser).contains(TEACHER), "no longer among the members");
      assertEquals(1, browser.findElements(By.id("mine:join")).size(), "may join again");
    } finally {
      browser.quit();
    }
  }

  @Test
  void aByInvitationNetworkOffersNoJoinAndRefusesACraftedOrStaleOne() {
    WebDriver teacher = HeadlessChromium.start();
    WebDriver admin = HeadlessChromium.start();
    WebDriverWait teacherWaits = new WebDriverWait(teacher, Duration.ofSeconds(30));
    WebDriverWait adminWaits = new WebDriverWait(admin, Duration.ofSeconds(30));
    try {
      signIn(teacher, "teacher" + DOMAIN);
      teacher.get(loopback(base).resolve("networks/index.xhtml").toString());
      teacher.findElement(By.linkText(HEADS)).click();
      teacherWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("leadsHeading")));
      assertEquals("Not a member", text(teacher, "standing"));
      assertTrue(teacher.findElements(By.id("mine:join")).isEmpty(), "no join button");
      String heads = teacher.getCurrentUrl();

      // A crafted post of the join button, with this page's own view state and nonce.
      Object status =
          ((JavascriptExecutor) teacher)
              .executeAsyncScript(
                  "var done = arguments[arguments.length - 1];"
                      + "var body = new URLSearchParams();"
                      + "body.append('mine', 'mine');"
                      + "body.append('mine:join', '');"
                      + "body.append('jakarta.faces.ViewState',"
                      + " document.querySelector(\"input[name='jakarta.faces.ViewState']\").value);"
                      + "body.append('primefaces.nonce',"
                      + " document.querySelector(\"input[name='primefaces.nonce']\").value);"
                      + "fetch(location.href, {method: 'POST', body: body, credentials: 'same-origin'})"
                      + ".then(r => r.text()).then(t => done(t.includes('You joined')"
                      + " || t.includes('You asked') ? 'joined' : 'not joined'))"
                      + ".catch(e => done('failed: ' + e));");
      assertEquals("not joined", status);
      teacher.get(heads);
      teacherWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("standing")));
      assertEquals("Not a member", text(teacher, "standing"));
      assertFalse(members(teacher).contains(TEACHER));

      // The trust admin creates an open network with its first lead, found by name.
      String name = "Journey network " + System.nanoTime();
      signIn(admin, "trust.admin" + DOMAIN);
      admin.get(loopback(base).resolve("networks/index.xhtml").toString());
      adminWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("create:submit")));
      admin.findElement(By.id("create:name")).sendKeys(name);
      admin.findElement(By.id("create:purpose")).sendKeys("Testing joining by rule.");
      new Select(admin.findElement(By.id("create:kind"))).selectByValue("SUBJECT");
      new Select(admin.findElement(By.id("create:joining"))).selectByValue("OPEN");
      admin.findElement(By.id("create:leadSearch")).sendKeys("Faisal");
      admin.findElement(By.id("create:findLead")).click();
      adminWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("create:lead")));
      Select lead = new Select(admin.findElement(By.id("create:lead")));
      for (WebElement option : lead.getOptions()) {
        if (option.getText().startsWith("Faisal Rahman")) {
          option.click();
        }
      }
      admin.findElement(By.id("create:submit")).click();
      adminWaits.until(ExpectedConditions.urlContains("networks/network.xhtml?id="));
      assertTrue(admin.findElement(By.id("people:leads")).getText().contains("Faisal Rahman"));

      // The teacher opens it: "Join". Meanwhile the admin makes it by invitation.
      String network = admin.getCurrentUrl();
      teacher.get(network);
      teacherWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("mine:join")));
      new Select(admin.findElement(By.id("edit:joining"))).selectByValue("BY_INVITATION");
      admin.findElement(By.id("edit:save")).click();
      adminWaits.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "The network's details were saved."));

      teacher.findElement(By.id("mine:join")).click();
      teacherWaits.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You cannot join this network"));
      teacher.get(network);
      teacherWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("standing")));
      assertEquals("Not a member", text(teacher, "standing"));
      assertTrue(teacher.findElements(By.id("mine:join")).isEmpty(), "no join button now");
    } finally {
      teacher.quit();
      admin.quit();
    }
  }

  private static String text(WebDriver browser, String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }

  private static String members(WebDriver browser) {
    return browser.findElement(By.id("people:members")).getText();
  }

  /**
   * The new heads' network shows its lead the demo post to its members and a "Post to members" link
   * that opens the editor set to the network; a teacher outside the network sees neither.
   */
  @Test
  void aNetworksLeadSeesItsNewsAndPostsToMembersAndOthersSeeNeither() {
    WebDriver lead = HeadlessChromium.start();
    WebDriver teacher = HeadlessChromium.start();
    WebDriverWait leadWaits = new WebDriverWait(lead, Duration.ofSeconds(30));
    try {
      signIn(lead, "education.officer" + DOMAIN);
      lead.get(loopback(base).resolve("networks/index.xhtml").toString());
      lead.findElement(By.linkText(HEADS)).click();
      leadWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("newsHeading")));
      String heads = lead.getCurrentUrl();
      assertTrue(
          text(lead, "networkPosts").contains(BUDGET_POST), "the lead reads the members' news");
      lead.findElement(By.id("postToMembers")).click();
      leadWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("edit:network_input")));
      String chosen = lead.findElement(By.id("edit:network_input")).getAttribute("value");
      assertTrue(heads.endsWith("id=" + chosen), "the editor is set to the network: " + chosen);

      signIn(teacher, "teacher" + DOMAIN);
      teacher.get(heads);
      new WebDriverWait(teacher, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("newsHeading")));
      assertFalse(teacher.getPageSource().contains(BUDGET_POST), "not for a non-member");
      assertTrue(teacher.findElements(By.id("postToMembers")).isEmpty(), "no link to post");
    } finally {
      lead.quit();
      teacher.quit();
    }
  }

  private void signIn(WebDriver browser, String email) {
    browser.get(loopback(base).resolve("login.xhtml").toString());
    browser.findElement(By.id("login:email")).sendKeys(email);
    browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login:signIn")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));
  }
}
