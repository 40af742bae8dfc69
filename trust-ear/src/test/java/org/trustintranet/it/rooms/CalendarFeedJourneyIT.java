package org.trustintranet.it.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
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
 * The calendar feed as people use it (headless Chromium for "My bookings", a plain HTTP client
 * without any cookie for the calendar): a member of staff creates a calendar address, a calendar
 * fetches it without signing in and ical4j parses it; the member revokes it and it is a bare 404 at
 * once; any other address under /calendar is a bare 404 too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarFeedJourneyIT {
  private static final String ICS = "text/calendar;charset=UTF-8";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private final HttpClient calendar =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private HttpResponse<String> fetch(String url) throws Exception {
    return calendar.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void createFetchAndRevokeACalendarAddress() throws Exception {
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    String address;
    try {
      signIn(browser, wait, "education.officer");
      browser.get(loopback(base).resolve("rooms/mine.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendarFeed:createCalendar")));
      if (!browser.findElements(By.id("calendarFeed:revokeCalendar")).isEmpty()) {
        browser.findElement(By.id("calendarFeed:revokeCalendar")).click(); // an earlier run's
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendarNone")));
      }
      browser.findElement(By.id("calendarFeed:createCalendar")).click();
      address =
          wait.until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.id("calendarFeed:calendarAddress")))
              .getAttribute("value");
      assertTrue(address.contains("/calendar/") && address.endsWith(".ics"), address);
      assertTrue(browser.findElement(By.id("calendarCopyNow")).isDisplayed());

      // a calendar, not signed in, fetches it; ical4j reads it
      HttpResponse<String> feed = fetch(address);
      assertEquals(200, feed.statusCode(), feed.body());
      assertEquals(ICS, feed.headers().firstValue("Content-Type").orElse(""));
      String cache = feed.headers().firstValue("Cache-Control").orElse("");
      assertTrue(cache.contains("private") && cache.contains("no-store"), cache);
      Calendar parsed = new CalendarBuilder().build(new StringReader(feed.body()));
      assertEquals("2.0", parsed.getProperty(Property.VERSION).orElseThrow().getValue());

      // a room feed with the same token for a room that does not exist: a bare 404 (a room the
      // token's owner may not see is answered the same way: CalendarFeedIT)
      String prefix = address.substring(0, address.length() - ".ics".length());
      assertEquals(404, fetch(prefix + "/room/" + Long.MAX_VALUE / 10 + ".ics").statusCode());

      // seen again later: only when it was made
      browser.get(loopback(base).resolve("rooms/mine.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendarMade")));
      String token = address.substring(address.lastIndexOf('/') + 1, address.length() - 4);
      assertFalse(browser.getPageSource().contains(token), "the token is shown only once");

      // revoked: gone at once, a bare 404
      browser.findElement(By.id("calendarFeed:revokeCalendar")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendarNone")));
      HttpResponse<String> revoked = fetch(address);
      assertEquals(404, revoked.statusCode());
      assertEquals("", revoked.body());
    } finally {
      browser.quit();
    }
    for (String path :
        new String[] {"calendar/" + "A".repeat(43) + ".ics", "calendar/", "calendar/x/room/1"}) {
      HttpResponse<String> missing = fetch(loopback(base).resolve(path).toString());
      assertEquals(404, missing.statusCode(), path);
      assertEquals("", missing.body(), path);
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
}
