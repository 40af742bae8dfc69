package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every screen in Welsh (issue 9): the Welsh-speaking demo teacher of Ysgol Gymraeg Bryn Derw signs
 * in from an English browser, finds Welsh on every page reachable from home, and switches to
 * English and back with the header's link; the choice follows her to a new session. Before signing
 * in, the browser's language decides.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WelshIT {
  static final String DOMAIN = "@oakvalley.sch.uk";
  static final String PASSWORD = "Welcome-to-the-trust-1";
  static final String ATHRO = "athro" + DOMAIN;

  /** Words of the Welsh header and their English twins: one is on every signed-in page. */
  static final String WELSH_NAV = "Cyfeiriadur staff";

  static final String ENGLISH_NAV = "Staff directory";
  static final int MAX_PAGES = 15;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private URI root() {
    return URI.create("http://localhost:" + base.getPort() + base.getPath());
  }

  @Test
  void beforeSigningInTheBrowsersLanguageDecides() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String welsh = signInPage(http, "cy-GB,cy;q=0.9,en-GB;q=0.8");
    assertEquals("cy", lang(welsh), "lang follows the locale");
    assertTrue(welsh.contains("Mewngofnodi"), welsh);
    assertTrue(welsh.contains("Cyfrinair"));
    assertTrue(
        welsh.contains("lang=\"en-GB\"") && welsh.contains("value=\"English\""), "the switch");

    String english = signInPage(http, "en-US,cy;q=0.5");
    assertEquals("en-GB", lang(english), "any English before Welsh wins");
    assertTrue(english.contains("Sign in"));
    assertTrue(
        english.contains("lang=\"cy\"") && english.contains("value=\"Cymraeg\""), "the switch");

    String neither = signInPage(http, "fr-FR,de;q=0.8");
    assertEquals("en-GB", lang(neither), "English when neither is wanted");
  }

  private String signInPage(HttpClient http, String acceptLanguage) throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(root().resolve("login.xhtml"))
                .header("Accept-Language", acceptLanguage)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    return page.body();
  }

  @Test
  void theWelshTeacherReadsEveryPageInWelshAndSwitchesWithTheHeadersSwitch() throws Exception {
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // A condition on <html> may meet the page being replaced by the next one: look again.
    wait.ignoring(StaleElementReferenceException.class);
    try {
      // An English browser, nobody signed in: English, and the link offers Welsh.
      browser.get(root().resolve("login.xhtml").toString());
      assertEquals("en-GB", lang(browser));
      WebElement cymraeg = browser.findElement(By.id("languageForm:language"));
      assertEquals("cy", cymraeg.getAttribute("lang"));
      assertEquals("Cymraeg", cymraeg.getAttribute("value"));
      cymraeg.click();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "cy"));
      assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Mewngofnodi"));
      browser.findElement(By.id("languageForm:language")).click();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en-GB"));

      // Her stored choice beats the browser's English once she has signed in.
      browser.findElement(By.id("login:email")).sendKeys(ATHRO);
      browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
      browser.findElement(By.id("login:signIn")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Elin Prydderch"));
      assertEquals("cy", lang(browser));
      String home = browser.findElement(By.tagName("body")).getText();
      assertTrue(home.contains("Ysgol Gymraeg Bryn Derw"), home);
      assertTrue(home.contains("Dydd "), "today, with its Welsh day name: " + home);
      assertTrue(home.contains("Hafan") && home.contains(WELSH_NAV), home);

      List<String> visited = crawlFromHome(browser);
      assertTrue(visited.size() >= 5, "pages reached from home: " + visited);

      // A Welsh name with its circumflex, through the database and back.
      browser.get(root().resolve("staff/directory.xhtml?q=Bowen").toString());
      assertTrue(
          browser.findElement(By.tagName("main")).getText().contains("Siân Bowen"),
          "ŵ, ŷ, â survive");

      // The header's switch: English, then Welsh again, on the same page.
      browser.get(root().resolve("index.xhtml").toString());
      WebElement english = browser.findElement(By.id("languageForm:language"));
      assertEquals("en-GB", english.getAttribute("lang"));
      assertEquals("English", english.getAttribute("value"));
      english.click();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en-GB"));
      assertTrue(browser.getCurrentUrl().endsWith("/index.xhtml"), browser.getCurrentUrl());
      assertTrue(browser.findElement(By.tagName("nav")).getText().contains(ENGLISH_NAV));
      assertEquals("en-GB", lang(signedInElsewhere()), "the choice is stored: another device");

      browser.findElement(By.id("languageForm:language")).click();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "cy"));
      assertTrue(browser.findElement(By.tagName("nav")).getText().contains(WELSH_NAV));

      // My profile: the same choice, saved with a button; the confirmation is in the new language.
      browser.get(root().resolve("profile.xhtml").toString());
      browser.findElement(By.cssSelector("input[name='language:choice'][value='en']")).click();
      browser.findElement(By.id("language:save")).click();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en-GB"));
      assertTrue(
          browser.findElement(By.id("messages")).getText().contains("Your language was saved"));
      browser.findElement(By.cssSelector("input[name='language:choice'][value='cy']")).click();
      browser.findElement(By.id("language:save")).click();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "cy"));
      assertTrue(
          browser.findElement(By.id("messages")).getText().contains("Cadwyd eich dewis iaith"));
    } finally {
      browser.quit();
    }
    assertEquals("cy", lang(signedInElsewhere()), "and Welsh again, for her next session");
  }

  /**
   * Follows the links of the signed-in pages, breadth first from home, to at most {@link
   * #MAX_PAGES} pages; each must be in Welsh: {@code <html lang="cy">}, the Welsh header, no
   * English header.
   */
  private List<String> crawlFromHome(WebDriver browser) {
    String origin = root().toString();
    Deque<String> queue = new ArrayDeque<>(List.of(origin + "index.xhtml"));
    Set<String> seen = new LinkedHashSet<>(queue);
    List<String> visited = new ArrayList<>();
    while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
      String page = queue.removeFirst();
      browser.get(page);
      visited.add(page);
      assertEquals("cy", lang(browser), page);
      String nav = browser.findElement(By.tagName("nav")).getText();
      assertTrue(nav.contains(WELSH_NAV) && nav.contains("Hafan"), page + ": " + nav);
      String body = browser.findElement(By.tagName("body")).getText();
      assertFalse(body.contains(ENGLISH_NAV), page + " has English: " + body);
      assertFalse(body.contains("My profile"), page + " has English: " + body);
      @SuppressWarnings("unchecked")
      List<String> links =
          (List<String>)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return Array.from(document.querySelectorAll('a[href]'), a => a.href);");
      for (String href : links) {
        if (href == null || !href.startsWith(origin)) {
          continue;
        }
        String address = href.replaceAll("#.*$", "");
        if (address.contains("javax.faces.resource")
            || address.contains("jakarta.faces.resource")
            || address.contains("/feeds/")) { // Atom documents for feed readers, not pages
          continue;
        }
        if (seen.add(address)) {
          queue.addLast(address);
        }
      }
    }
    return visited;
  }

  /** The home page of a new session (another device) of the Welsh teacher, with no language. */
  private String signedInElsewhere() {
    IntranetClient device = new IntranetClient(root());
    assertEquals(302, device.signIn(ATHRO, PASSWORD).statusCode());
    return device.get("index.xhtml").body();
  }

  private static String lang(WebDriver browser) {
    return browser.findElement(By.tagName("html")).getAttribute("lang");
  }

  private static String lang(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"").matcher(page);
    return m.find() ? m.group(1) : "";
  }
}
