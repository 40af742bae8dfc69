package org.trustintranet.it.learning;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.HeadlessChromium;

/**
 * Open classrooms in a browser (headless Chromium), issue 14: the demo teacher (Oakfield) offers a
 * lesson from the learning hub; the education officer, a teacher of Willow Bank, signs up for it;
 * the teacher finds him in the visitors list of "My open classrooms", then cancels the offer (so
 * that the demo stays as it was).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenClassroomJourneyIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aTeacherOffersAColleagueOfAnotherSchoolSignsUpTheTeacherSeesThem() {
    String subject = "Journey science " + System.nanoTime();
    String day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(5).toString();
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "teacher" + DOMAIN);
      browser.get(loopback(base).resolve("learning/index.xhtml").toString());
      browser.findElement(By.id("openClassroomsLink")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offer:submit")));
      WebElement dayField = browser.findElement(By.id("offer:day"));
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].value = arguments[1];", dayField, day);
      browser.findElement(By.id("offer:period")).sendKeys("Period 4");
      browser.findElement(By.id("offer:group")).sendKeys("Year 6");
      browser.findElement(By.id("offer:subject")).sendKeys(subject);
      new Select(browser.findElement(By.id("offer:area"))).selectByVisibleText("Questioning");
      browser.findElement(By.id("offer:description")).sendKeys("Hinge questions on forces.");
      WebElement limit = browser.findElement(By.id("offer:limit"));
      limit.clear();
      limit.sendKeys("2");
      browser.findElement(By.id("offer:submit")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "Your open classroom is offered."));
      assertTrue(browser.findElement(By.id("mineHeading")).isDisplayed());
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));

      signIn(browser, "education.officer" + DOMAIN);
      browser.get(loopback(base).resolve("learning/open-classrooms.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upcomingHeading")));
      browser
          .findElement(By.cssSelector("button[aria-label='Sign up: " + subject + ", Year 6']"))
          .click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You have a place: the teacher will expect you."));
      assertTrue(
          !browser
              .findElements(
                  By.cssSelector("button[aria-label='Withdraw: " + subject + ", Year 6']"))
              .isEmpty(),
          "may withdraw");
      browser.quit();
      browser = HeadlessChromium.start();
      wait = new WebDriverWait(browser, Duration.ofSeconds(30));

      signIn(browser, "teacher" + DOMAIN);
      browser.get(loopback(base).resolve("learning/open-classrooms.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mineHeading")));
      WebElement card =
          browser.findElement(
              By.xpath(
                  "//section[@aria-labelledby='mineHeading']//article[h3[contains(.,'"
                      + subject
                      + "')]]"));
      String visitors = card.findElement(By.cssSelector("ul.visitors")).getText();
      assertTrue(visitors.contains("Marcus Reid"), visitors);
      assertTrue(visitors.contains("Willow Bank Special School"), visitors);
      card.findElement(By.cssSelector("button[id$='cancelMine']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "The open classroom is cancelled"));
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
