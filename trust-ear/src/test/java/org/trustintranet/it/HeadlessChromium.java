package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium for the browser tests, asking for British English, in a new empty
 * profile; the test is skipped where chromium or chromium-driver is not installed (.ci/run installs
 * both). Also runs axe-core on the page it shows.
 */
public final class HeadlessChromium {
  /** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
  public static final List<String> WCAG_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private HeadlessChromium() {}

  /** A desktop window, 1280 × 1000. */
  public static ChromeDriver start() {
    return start(1280, 1000);
  }

  /** A window of this size (CSS pixels). */
  public static ChromeDriver start(int width, int height) {
    Path chromedriver =
        Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    Path chromium = Path.of(System.getProperty("trust.chromium", "/usr/bin/chromium"));
    Assumptions.assumeTrue(
        Files.isExecutable(chromedriver) && Files.isExecutable(chromium),
        "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    System.setProperty("webdriver.chrome.driver", chromedriver.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-GB",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + newProfile());
    ChromeDriver browser = new ChromeDriver(ChromeDriverService.createDefaultService(), options);
    viewport(browser, width, height);
    return browser;
  }

  /**
   * Makes the page's viewport exactly this size, whatever the window's frame takes (a phone's
   * screen: {@code window.innerWidth} is {@code width}).
   */
  public static void viewport(ChromeDriver browser, int width, int height) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  private static Path newProfile() {
    try {
      return Files.createTempDirectory("chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The WCAG A and AA violations axe-core finds on the page the browser shows, one line per
   * element: rule, impact, the element's selector, the page's address and what is wrong.
   */
  public static List<String> axeViolations(WebDriver browser) {
    Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
    assertTrue(
        results.getErrorMessage() == null || results.getErrorMessage().isEmpty(),
        "axe failed on " + browser.getCurrentUrl() + ": " + results.getErrorMessage());
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        found.add(
            rule.getId()
                + " ("
                + rule.getImpact()
                + ") "
                + node.getTarget()
                + " on "
                + browser.getCurrentUrl()
                + ": "
                + String.valueOf(node.getFailureSummary()).replace('\n', ' '));
      }
    }
    found.addAll(uncaptionedTables(browser));
    return found;
  }

  /**
   * Our own rule beside axe's (axe does not ask for captions): every data table on the page has a
   * caption naming what it lists (WCAG 1.3.1); date pickers' calendars and the layout tables of
   * radio and checkbox groups are not data tables.
   */
  private static List<String> uncaptionedTables(WebDriver browser) {
    Object missing =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return Array.from(document.querySelectorAll('table'))"
                    + ".filter(t => !t.closest('.ui-datepicker'))"
                    // layout tables of PrimeFaces' radio and checkbox groups hold no data
                    + ".filter(t => !t.matches('.ui-selectoneradio, .ui-selectmanycheckbox'))"
                    + ".filter(t => ['table', 'grid', 'treegrid', null]"
                    + ".includes(t.getAttribute('role')))"
                    + ".filter(t => !t.caption || !t.caption.textContent.trim())"
                    + ".map(t => (t.closest('[id]') || {}).id || 'table');");
    List<String> found = new ArrayList<>();
    for (Object table : (List<?>) missing) {
      found.add(
          "table-caption (ours) ["
              + table
              + "] on "
              + browser.getCurrentUrl()
              + ": a data table needs a caption (pt:data-caption on p:dataTable)");
    }
    return found;
  }
}
