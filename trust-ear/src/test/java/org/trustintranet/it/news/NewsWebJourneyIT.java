package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.HeadlessChromium;

/**
 * Trust news as people see it in a browser (headless Chromium): a school admin publishes a
 * must-read to their school only through the real form; a member of another school finds it neither
 * in the feed nor at its address; a member of that school reads and acknowledges it with one click;
 * the author sees the count go up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsWebJourneyIT {
  private static final String RIVERSIDE = "Riverside Academy";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aSchoolOnlyMustReadReachesItsSchoolAndIsAcknowledgedWithOneClick() {
    String title = "Riverside fire drill " + System.nanoTime();
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      // Riverside's school admin writes a must-read for Riverside only
      signIn(browser, wait, "riverside.admin");
      browser.findElement(By.id("writePost")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit:title"))).sendKeys(title);
      browser.findElement(By.id("edit:summary")).sendKeys("Thursday at 10, everyone outside.");
      browser
          .findElement(By.cssSelector("#edit\\:body .ql-editor"))
          .sendKeys("Meet on the field by the gate.");
      assertTrue(
          browser.findElements(By.id("edit:audience")).isEmpty(),
          "a school admin is not offered the whole trust");
      browser.findElement(By.xpath("//label[normalize-space()='" + RIVERSIDE + "']")).click();
      browser.findElement(By.cssSelector("#edit\\:mustRead .ui-chkbox-box")).click();
      browser.findElement(By.id("edit:publish")).click();
      wait.until(ExpectedConditions.urlContains("news/post.xhtml"));
      Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
      assertTrue(id.find(), browser.getCurrentUrl());
      String postUrl = loopback(base).resolve("news/post.xhtml?id=" + id.group(1)).toString();
      assertEquals(title, browser.findElement(By.tagName("h1")).getText());
      assertEquals("0", confirmedAt(browser, RIVERSIDE), "nobody has confirmed yet");

      // Oakfield's school admin: not in the feed, and its address answers as for no post
      signIn(browser, wait, "school.admin");
      assertFalse(feedText(browser).contains(title), "not in another school's feed");
      browser.get(postUrl);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText());
      assertFalse(browser.getPageSource().contains(title));

      // a member of Riverside sees it in the feed, opens it and confirms with one click
      signIn(browser, wait, "staff");
      assertTrue(feedText(browser).contains(title), "in Riverside's feed");
      browser.findElement(By.linkText(title)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ack:acknowledge"))).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("ack"), "You confirmed you had read this on"));
      assertTrue(browser.findElements(By.id("ack:acknowledge")).isEmpty(), "no second click");
      assertTrue(browser.findElements(By.id("acknowledgements")).isEmpty(), "counts: authors only");

      // the author sees one more confirmation at Riverside
      signIn(browser, wait, "riverside.admin");
      browser.get(postUrl);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acknowledgements")));
      assertEquals("1", confirmedAt(browser, RIVERSIDE));

      // and reminds those who have not confirmed, once a day
      browser.findElement(By.id("reminder:remind")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "The reminder is on its way to"));
      assertTrue(browser.findElement(By.id("lastReminder")).getText().startsWith("Last reminder:"));
      browser.findElement(By.id("reminder:remind")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "less than a day ago"));
    } finally {
      browser.quit();
    }
  }

  /** A member of staff chooses a daily news digest on "My profile"; the choice is kept. */
  @Test
  void aMemberChoosesADailyDigestOnTheirProfile() {
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, wait, "teacher");
      browser.get(loopback(base).resolve("profile.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("digest:save")));
      browser
          .findElement(By.xpath("//form[@id='digest']//label[normalize-space()='Every morning']"))
          .click();
      browser.findElement(By.id("digest:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You will get a news digest each morning"));
      browser.get(loopback(base).resolve("profile.xhtml").toString());
      WebElement daily =
          wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#digest input[value='DAILY']")));
      assertTrue(daily.isSelected(), "the choice is kept");
      browser
          .findElement(By.xpath("//form[@id='digest']//label[normalize-space()='Never']"))
          .click();
      browser.findElement(By.id("digest:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "You will get no news digest"));
    } finally {
      browser.quit();
    }
  }

  /**
   * The news search from the home page's box: a member of Oakfield finds Oakfield's demo post by
   * two of its words, the results page is a link, and the result opens the post; a member of
   * Riverside searching the same words does not find it.
   */
  @Test
  void aMemberSearchesTheNewsFromHome() {
    String oakfieldOnly = "Year 5 science museum trip: helpers wanted";
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, wait, "teacher"); // Oakfield and Riverside
      WebElement box = browser.findElement(By.id("newsQuery"));
      assertEquals(
          "Search the news",
          browser.findElement(By.cssSelector("label[for='newsQuery']")).getText(),
          "the box is labelled");
      box.sendKeys("science museum");
      box.submit();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resultCount")));
      assertTrue(browser.getCurrentUrl().contains("news/search.xhtml?q=science+museum"));
      assertEquals("science museum", browser.findElement(By.id("newsQuery")).getAttribute("value"));
      assertTrue(
          browser
              .findElement(By.id("resultCount"))
              .getText()
              .matches("(\\d+ posts?|The first \\d+ posts) found.*"),
          browser.findElement(By.id("resultCount")).getText());
      browser.findElement(By.linkText(oakfieldOnly)).click();
      wait.until(ExpectedConditions.urlContains("news/post.xhtml"));
      assertEquals(oakfieldOnly, browser.findElement(By.tagName("h1")).getText());

      signIn(browser, wait, "staff"); // Riverside only
      browser.get(
          loopback(base).resolve("news/search.xhtml?q=science+museum+trip+helpers").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resultCount")));
      assertFalse(browser.getPageSource().contains(oakfieldOnly), "another school's post");
    } finally {
      browser.quit();
    }
  }

  /** Signs in afresh (a new session) through the sign-in page and waits for the home page. */
  private void signIn(WebDriver browser, WebDriverWait wait, String user) {
    browser.manage().deleteAllCookies();
    browser.get(loopback(base).resolve("login.xhtml").toString());
    browser.findElement(By.id("login:email")).sendKeys(user + DOMAIN);
    browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login:signIn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newsHeading")));
  }

  private static String feedText(WebDriver browser) {
    return browser.findElement(By.id("feed")).getText();
  }

  /** The "Confirmed" cell of a school's row in the acknowledgements table. */
  private static String confirmedAt(WebDriver browser, String school) {
    return browser
        .findElement(
            By.xpath(
                "//table[@id='acknowledgements']//tr[th[normalize-space()='"
                    + school
                    + "']]/td[2]"))
        .getText()
        .trim();
  }
}
