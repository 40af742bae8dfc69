package org.trustintranet.it.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.HeadlessChromium;

/**
 * A network's session in a browser (headless Chromium), issue 13: the demo teacher joins the open
 * maths leads' network, opens its next meeting (held in Oakfield's training room, booked through
 * the rooms calendar), cannot sign up before joining, signs up after, sees their place on the
 * session and the meeting as "Your next session" on the home page, then gives the place back and
 * leaves the network again (so that the demo stays as it was).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionJourneyIT {
  private static final String MATHS = "Primary mathematics subject leads";
  private static final String MEETING = "Maths network meeting";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aMemberSignsUpToASessionInABookedRoomAndSeesItOnTheHomePage() {
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "teacher" + DOMAIN);
      browser.get(loopback(base).resolve("networks/index.xhtml").toString());
      browser.findElement(By.linkText(MATHS)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sessionsHeading")));
      String network = browser.getCurrentUrl();

      browser.findElement(By.linkText(MEETING)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("where")));
      String session = browser.getCurrentUrl();
      assertTrue(session.contains("networks/session.xhtml?id="), session);
      assertTrue(
          browser.findElement(By.id("where")).getText().startsWith("Training room, "),
          "held in the booked room: " + browser.findElement(By.id("where")).getText());
      assertTrue(browser.findElements(By.id("place:signUp")).isEmpty(), "members only");

      browser.get(network);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mine:join")));
      browser.findElement(By.id("mine:join")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You joined the network."));

      browser.get(session);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("place:signUp")));
      browser.findElement(By.id("place:signUp")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You have a place at the session."));
      assertEquals("Booked", browser.findElement(By.id("myPlace")).getText());

      browser.get(loopback(base).resolve("index.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nextSessionHeading")));
      assertEquals(MEETING, browser.findElement(By.id("nextSession")).getText());

      browser.findElement(By.id("nextSession")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("place:cancelPlace")));
      browser.findElement(By.id("place:cancelPlace")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You no longer have a place at the session."));
      assertTrue(browser.findElements(By.id("myPlace")).isEmpty(), "no place any more");

      browser.get(network);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mine:leave")));
      browser.findElement(By.id("mine:leave")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You left the network."));
    } finally {
      browser.quit();
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
