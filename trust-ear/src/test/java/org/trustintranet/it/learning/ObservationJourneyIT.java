package org.trustintranet.it.learning;

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
 * Peer observation in a browser (headless Chromium): Isla Singh (Little Acorns Nursery) invites
 * Jamal Walker (Beacon All-Through School) to watch her teach; he accepts, agrees today's lesson
 * and records his feedback; she reads it and records hers. The demo teacher, of neither, is
 * answered 404 for their observation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservationJourneyIT {
  private static final String HIS_WORDS = "Clear modelling of the story map";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void twoTeachersOfDifferentSchoolsInviteAcceptAgreeAndBothRecordFeedback() {
    WebDriver isla = HeadlessChromium.start();
    WebDriver jamal = HeadlessChromium.start();
    WebDriver tom = HeadlessChromium.start();
    try {
      WebDriverWait islaWaits = new WebDriverWait(isla, Duration.ofSeconds(30));
      signIn(isla, "isla.singh" + DOMAIN);
      isla.get(loopback(base).resolve("staff/directory.xhtml?q=Jamal").toString());
      islaWaits.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Jamal Walker")));
      isla.findElement(By.linkText("Jamal Walker")).click();
      islaWaits.until(ExpectedConditions.urlContains("staff/person.xhtml?id="));
      String jamalId = isla.getCurrentUrl().replaceAll(".*id=", "");
      isla.get(
          loopback(base).resolve("learning/observation-invite.xhtml?with=" + jamalId).toString());
      islaWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:send")));
      assertTrue(isla.findElement(By.id("colleague")).getText().contains("Jamal Walker"));
      isla.findElement(By.id("invite:message")).sendKeys("Would you watch my story time?");
      isla.findElement(By.id("invite:send")).click();
      islaWaits.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "Your invitation is sent."));
      assertTrue(isla.findElement(By.id("open")).getText().contains("Jamal Walker"));

      WebDriverWait jamalWaits = new WebDriverWait(jamal, Duration.ofSeconds(30));
      signIn(jamal, "jamal.walker" + DOMAIN);
      jamal.get(loopback(base).resolve("learning/observations.xhtml").toString());
      jamalWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting")));
      assertTrue(jamal.findElement(By.id("waiting")).getText().contains("Isla Singh"));
      jamal.findElement(By.cssSelector("#waiting button[id$='accept']")).click();
      jamalWaits.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You accepted the invitation."));
      jamal.findElement(By.linkText("Isla Singh")).click();
      jamalWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("agree:save")));
      String observation = jamal.getCurrentUrl();
      LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
      ((JavascriptExecutor) jamal)
          .executeScript(
              "document.getElementById('agree:day').value = arguments[0];", today.toString());
      jamal.findElement(By.id("agree:time")).sendKeys("Period 1");
      jamal.findElement(By.id("agree:lesson")).sendKeys("Nursery story time");
      jamal.findElement(By.id("agree:save")).click();
      jamalWaits.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "The lesson is agreed."));
      jamal.findElement(By.id("feedback:wentWell")).sendKeys(HIS_WORDS);
      jamal.findElement(By.id("feedback:save")).click();
      jamalWaits.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "Your feedback is saved."));
      assertEquals("Completed", jamal.findElement(By.id("state")).getText().strip());

      isla.get(observation);
      islaWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("partnerFeedback")));
      assertTrue(isla.findElement(By.id("partnerFeedback")).getText().contains(HIS_WORDS));
      isla.findElement(By.id("feedback:nextSteps")).sendKeys("Pause before the last page");
      isla.findElement(By.id("feedback:save")).click();
      islaWaits.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "Your feedback is saved."));

      signIn(tom, "teacher" + DOMAIN);
      tom.get(observation);
      assertFalse(tom.getPageSource().contains(HIS_WORDS), "not for a third person");
      assertFalse(tom.getPageSource().contains("feedback:save"));
    } finally {
      isla.quit();
      jamal.quit();
      tom.quit();
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
