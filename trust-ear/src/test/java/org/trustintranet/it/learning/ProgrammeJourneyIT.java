package org.trustintranet.it.learning;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.HeadlessChromium;

/**
 * The booklet in a browser (headless Chromium), issue 14: the demo teacher opens the termly
 * programmes, filters them to mentors, registers for the mentoring programme from the booklet page,
 * finds their place on the programme's page, then cancels it again (so that the demo stays
 * bookable).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeJourneyIT {
  private static final String MENTORING = "Mentoring early career teachers well";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aTeacherRegistersForAProgrammeFromTheBooklet() {
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "teacher" + DOMAIN);
      browser.get(loopback(base).resolve("learning/programmes.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bookletHeading")));
      new Select(browser.findElement(By.id("filter:stage"))).selectByValue("MENTOR");
      browser.findElement(By.id("filter:go")).click();
      wait.until(ExpectedConditions.urlContains("stage=MENTOR"));
      assertTrue(
          browser.findElements(By.linkText("Headteachers' termly forum")).isEmpty(),
          "only the mentors' programmes");

      browser
          .findElement(By.cssSelector("button[aria-label='Register: " + MENTORING + "']"))
          .click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You have a place on the programme."));

      browser.findElement(By.linkText(MENTORING)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mine")));
      assertEquals("You have a place", browser.findElement(By.id("mine")).getText());
      browser.findElement(By.id("act:cancel")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "Your registration is cancelled."));
      assertTrue(browser.findElements(By.id("mine")).isEmpty(), "no registration any more");
      assertTrue(!browser.findElements(By.id("act:register")).isEmpty(), "may register again");
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
