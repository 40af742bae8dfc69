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
 * A case study from draft to the library in a browser (headless Chromium), issue 14: the demo
 * teacher writes one for Oakfield from the library's "Write a case study" link and submits it; the
 * education officer finds it in the review queue, approves and publishes it; Riverside's admin then
 * finds it in the library by a word of its text and opens it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseStudyJourneyIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aCaseStudyGoesFromDraftToPublishedAndIsFoundInTheLibrary() {
    String word = "journey" + Long.toString(System.nanoTime(), 36);
    String title = "Questioning with mini whiteboards " + word;
    String page;

    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "teacher" + DOMAIN);
      browser.get(loopback(base).resolve("learning/index.xhtml").toString());
      browser.findElement(By.id("caseStudiesLink")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("libraryHeading")));
      browser.findElement(By.id("newCaseStudy")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("study:save")));
      browser.findElement(By.id("study:title")).sendKeys(title);
      new Select(browser.findElement(By.id("study:school")))
          .selectByVisibleText("Oakfield Primary School");
      new Select(browser.findElement(By.id("study:phase"))).selectByValue("PRIMARY");
      new Select(browser.findElement(By.id("study:area"))).selectByVisibleText("Questioning");
      browser
          .findElement(By.id("study:context"))
          .sendKeys("Few pupils answered questions in Year 3 mathematics.");
      browser
          .findElement(By.id("study:actions"))
          .sendKeys("Every pupil answered on a mini whiteboard; " + word + " was the project.");
      browser
          .findElement(By.id("study:impact"))
          .sendKeys("Teachers saw every answer at once and pupils' errors fell.");
      browser.findElement(By.id("study:contact")).sendKeys("Tom Fletcher");
      browser.findElement(By.id("study:save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("historyHeading")));
      assertEquals("Draft", browser.findElement(By.id("state")).getText());
      page = browser.getCurrentUrl();
      browser.findElement(By.id("act:submit")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "The case study is submitted for review."));
      assertEquals("Submitted for review", browser.findElement(By.id("state")).getText());
    } finally {
      browser.quit();
    }

    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "education.officer" + DOMAIN);
      browser.get(loopback(base).resolve("learning/case-study-reviews.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
      browser.findElement(By.linkText(title)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reviewHeading")));
      browser.findElement(By.id("review:approve")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "The case study is approved."));
      browser.findElement(By.id("act:publish")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "The case study is published in the library."));
      assertEquals("Published", browser.findElement(By.id("state")).getText());
    } finally {
      browser.quit();
    }

    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "riverside.admin" + DOMAIN);
      browser.get(loopback(base).resolve("learning/case-studies.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:q")));
      browser.findElement(By.id("search:q")).sendKeys(word);
      browser.findElement(By.id("search:go")).click();
      wait.until(ExpectedConditions.urlContains("q=" + word));
      browser.findElement(By.linkText(title)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("historyHeading")));
      assertEquals(page, browser.getCurrentUrl(), "the same case study");
      assertTrue(browser.findElement(By.id("actions")).getText().contains(word));
      assertEquals("Oakfield Primary School", browser.findElement(By.id("school")).getText());

      browser.get(loopback(base).resolve("learning/expertise.xhtml").toString());
      browser
          .findElement(By.xpath("//select[@id='area']/option[normalize-space()='Questioning']"))
          .click();
      browser.findElement(By.id("find")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schools")));
      browser
          .findElement(
              By.cssSelector(
                  "#schools a[aria-label$='Published case studies: Oakfield Primary School']"))
          .click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("libraryHeading")));
      assertTrue(
          !browser.findElements(By.linkText(title)).isEmpty(),
          "find expertise links Oakfield's case studies in questioning");
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
