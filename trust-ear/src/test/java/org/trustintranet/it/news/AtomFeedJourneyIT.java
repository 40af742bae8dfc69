package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Atom feeds as people use them (headless Chromium for the pages, a plain HTTP client without any
 * cookie for the feed reader): the trust admin publishes a public post; a school admin cannot make
 * a school-only post public (told at the field); a member of staff creates a feed address on "My
 * profile", a feed reader fetches it without signing in, the member revokes it and it is gone at
 * once; the public feed needs no sign-in and holds the public post.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AtomFeedJourneyIT {
  private static final String ATOM = "application/atom+xml;charset=UTF-8";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private final HttpClient reader =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private HttpResponse<String> fetch(String url) throws Exception {
    return reader.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void createFetchAndRevokeAPersonalFeedAddressAndReadThePublicFeed() throws Exception {
    String publicTitle = "Open evening " + System.nanoTime();
    String riversideTitle = "Riverside public attempt " + System.nanoTime();
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      // the trust admin publishes a post to the whole trust, also shown in the public feed
      signIn(browser, wait, "trust.admin");
      browser.get(loopback(base).resolve("news/edit.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit:title")))
          .sendKeys(publicTitle);
      browser
          .findElement(By.cssSelector("#edit\\:body .ql-editor"))
          .sendKeys("Families are welcome on Thursday.");
      browser.findElement(By.cssSelector("#edit\\:publicFeed .ui-chkbox-box")).click();
      browser.findElement(By.id("edit:publish")).click();
      wait.until(ExpectedConditions.urlContains("news/post.xhtml"));

      // a school admin's school-only post cannot be public: told at the field, nothing saved
      signIn(browser, wait, "riverside.admin");
      browser.findElement(By.id("writePost")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit:title")))
          .sendKeys(riversideTitle);
      browser.findElement(By.cssSelector("#edit\\:body .ql-editor")).sendKeys("Not for outsiders.");
      browser.findElement(By.xpath("//label[normalize-space()='Riverside Academy']")).click();
      browser.findElement(By.cssSelector("#edit\\:publicFeed .ui-chkbox-box")).click();
      browser.findElement(By.id("edit:publish")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".field:has(#edit\\:publicFeed)"), "Only a post to the whole trust"));
      assertTrue(browser.getCurrentUrl().contains("news/edit.xhtml"), browser.getCurrentUrl());

      // a member of staff creates a feed address on "My profile"; it is shown once
      signIn(browser, wait, "staff");
      browser.get(loopback(base).resolve("profile.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feedAddress:create")));
      if (!browser.findElements(By.id("feedAddress:revoke")).isEmpty()) {
        browser.findElement(By.id("feedAddress:revoke")).click(); // left by an earlier run
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feedNone")));
      }
      browser.findElement(By.id("feedAddress:create")).click();
      String address =
          wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feedAddress:address")))
              .getAttribute("value");
      assertTrue(address.contains("/feeds/personal/"), address);
      assertTrue(browser.findElement(By.id("feedCopyNow")).isDisplayed());

      // a feed reader, not signed in, fetches it
      HttpResponse<String> feed = fetch(address);
      assertEquals(200, feed.statusCode(), feed.body());
      assertEquals(ATOM, feed.headers().firstValue("Content-Type").orElse(""));
      String cache = feed.headers().firstValue("Cache-Control").orElse("");
      assertTrue(cache.contains("private") && cache.contains("no-store"), cache);
      assertTrue(feed.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
      assertTrue(feed.body().contains(publicTitle), "the trust-wide post is in the feed");
      assertFalse(feed.body().contains(riversideTitle));
      String token = address.substring(address.lastIndexOf('/') + 1);
      assertFalse(feed.body().contains(token), "the token is not in the document");

      // seen again later: no address shown, only when it was made
      browser.get(loopback(base).resolve("profile.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feedMade")));
      assertTrue(browser.findElements(By.id("feedAddress:address")).isEmpty());
      assertFalse(browser.getPageSource().contains(token), "the token is shown only once");

      // revoked: the feed is gone at once, a bare 404
      browser.findElement(By.id("feedAddress:revoke")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feedNone")));
      HttpResponse<String> revoked = fetch(address);
      assertEquals(404, revoked.statusCode());
      assertEquals("", revoked.body());
    } finally {
      browser.quit();
    }

    // the public feed: no sign-in, only public posts, may be cached
    HttpResponse<String> open = fetch(loopback(base).resolve("feeds/trust.atom").toString());
    assertEquals(200, open.statusCode());
    assertEquals(ATOM, open.headers().firstValue("Content-Type").orElse(""));
    assertTrue(open.headers().firstValue("Cache-Control").orElse("").contains("public"));
    assertTrue(open.body().contains(publicTitle));
    assertFalse(open.body().contains(riversideTitle));

    // anything else under /feeds is a bare 404, and no other page opens without signing in
    for (String path :
        new String[] {"feeds/personal/" + "A".repeat(43), "feeds/personal/", "feeds/other"}) {
      HttpResponse<String> missing = fetch(loopback(base).resolve(path).toString());
      assertEquals(404, missing.statusCode(), path);
      assertEquals("", missing.body(), path);
    }
    HttpResponse<String> profile = fetch(loopback(base).resolve("profile.xhtml").toString());
    assertTrue(
        profile.statusCode() == 302 || profile.body().contains("login"),
        "profile still needs sign-in: " + profile.statusCode());
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
}
