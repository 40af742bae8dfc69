package org.trustintranet.it.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.HeadlessChromium;

/**
 * Coaching in a browser (headless Chromium), issue 13, on the demo pairing of the new heads'
 * network: the coach (Isla Singh) logs a meeting with private notes from "my coaching"; the coachee
 * (Amara Okafor) reads them and logs one of her own; the network's lead (the education officer)
 * sees on the network's coaching page that they met today, and on the pairing's page the days they
 * met, but neither note; a teacher of the trust outside the network gets "not found" for the
 * pairing's address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachingJourneyIT {
  private static final String HEADS = "First and second year headteachers";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aCoachAndCoacheeLogMeetingsAndTheLeadSeesOnlyThatTheyMet() {
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    String coachNotes = "Coach notes " + System.nanoTime();
    String coacheeNotes = "Coachee notes " + System.nanoTime();
    String pairing;

    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "isla.singh" + DOMAIN);
      browser.get(loopback(base).resolve("networks/index.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coachingHeading")));
      browser.findElement(By.linkText("Amara Okafor")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting:save")));
      pairing = browser.getCurrentUrl();
      logMeeting(browser, wait, today, "Visit a phase leaders' meeting", coachNotes);
      assertTrue(browser.getPageSource().contains(coachNotes), "the coach reads the notes");
    } finally {
      browser.quit();
    }

    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "amara.okafor" + DOMAIN);
      browser.get(loopback(base).resolve("networks/index.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coachingHeading")));
      browser.findElement(By.linkText("Isla Singh")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting:save")));
      assertEquals(pairing, browser.getCurrentUrl());
      assertTrue(browser.getPageSource().contains(coachNotes), "the coachee reads them too");
      logMeeting(browser, wait, today, "Draft the budget letter", coacheeNotes);
    } finally {
      browser.quit();
    }

    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "education.officer" + DOMAIN);
      browser.get(loopback(base).resolve("networks/index.xhtml").toString());
      browser.findElement(By.linkText(HEADS)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coachingLink")));
      browser.findElement(By.id("coachingLink")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pair:save")));
      String overview = browser.findElement(By.id("pairings:list")).getText();
      assertTrue(overview.contains("Isla Singh") && overview.contains("Amara Okafor"), overview);
      assertFalse(overview.contains("Not met yet"), overview);
      browser.findElement(By.linkText("Isla Singh")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("private")));
      String page = browser.getPageSource();
      assertFalse(page.contains(coachNotes) || page.contains(coacheeNotes), "the lead reads none");
      assertTrue(browser.findElements(By.id("meeting:save")).isEmpty(), "nor logs meetings");
      assertTrue(
          browser.findElements(By.cssSelector(".meeting-day")).size() >= 2, "but sees the days");
    } finally {
      browser.quit();
    }

    browser = HeadlessChromium.start();
    try {
      signIn(browser, "teacher" + DOMAIN);
      browser.get(pairing);
      String page = browser.getPageSource();
      assertFalse(page.contains(coachNotes) || page.contains("Amara Okafor"), "not found");
      assertTrue(browser.findElements(By.id("coach")).isEmpty());
    } finally {
      browser.quit();
    }
  }

  private static void logMeeting(
      WebDriver browser, WebDriverWait wait, String day, String actions, String notes) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]", browser.findElement(By.id("meeting:metOn")), day);
    browser.findElement(By.id("meeting:actions")).sendKeys(actions);
    browser.findElement(By.id("meeting:notes")).sendKeys(notes);
    browser.findElement(By.id("meeting:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "The meeting is logged."));
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
