package org.trustintranet.it.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.HeadlessChromium;

/**
 * The library in a browser (headless Chromium), as issue 12's "done when" says: Oakfield's teacher
 * drops a Word document on library/share.xhtml (uploaded at once, with its progress), fills in its
 * metadata and shares it; within seconds (the words inside are read in the background) the search
 * finds it by a word that is only inside the document; its page offers the download, whose bytes
 * are the document's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryJourneyIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aWordDocumentIsSharedFoundByAWordInsideItAndDownloaded() throws Exception {
    String word = "quokkaphrase" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
    String title = "Journey worksheet " + System.nanoTime();
    byte[] document = SampleFiles.word("A worksheet about the " + word + " of fractions.");
    Path file = Files.createTempFile("journey", ".docx");
    Files.write(file, document);
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      browser.get(loopback(base).resolve("login.xhtml").toString());
      browser.findElement(By.id("login:email")).sendKeys("teacher" + DOMAIN);
      browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
      browser.findElement(By.id("login:signIn")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newsHeading")));

      browser.get(loopback(base).resolve("library/share.xhtml").toString());
      WebElement input = browser.findElement(By.id("files"));
      input.sendKeys(file.toAbsolutePath().toString());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("upload:staged"), file.getFileName().toString()));

      new Select(browser.findElement(By.id("share:school")))
          .selectByVisibleText("Oakfield Primary School");
      browser.findElement(By.id("share:title")).sendKeys(title);
      new Select(browser.findElement(By.id("share:subject"))).selectByValue("MATHEMATICS");
      new Select(browser.findElement(By.id("share:type"))).selectByValue("WORKSHEET");
      new Select(browser.findElement(By.id("share:licence"))).selectByValue("OGL");
      new Select(browser.findElement(By.id("share:keyStage"))).selectByValue("KS2");
      // the key stage's year groups replace the list (ajax)
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("share:yearsField"), "Year 3"));
      // the ajax update may replace the field between finding it and reading it: look again
      wait.ignoring(StaleElementReferenceException.class)
          .until(d -> !d.findElement(By.id("share:yearsField")).getText().contains("Reception"));
      browser.findElement(By.id("share:tags")).sendKeys("fractions, journey");
      browser.findElement(By.id("share:submit")).click();
      wait.until(ExpectedConditions.urlContains("library/resource.xhtml?id="));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versionsHeading")));
      String resource = browser.getCurrentUrl();

      // found by the word inside the document once the background job has read it
      String search = loopback(base).resolve("library/index.xhtml?q=" + word).toString();
      long until = System.currentTimeMillis() + 30_000;
      List<WebElement> found = List.of();
      while (found.isEmpty() && System.currentTimeMillis() < until) {
        browser.get(search);
        found = browser.findElements(By.cssSelector(".library-result a"));
        if (found.isEmpty()) {
          Thread.sleep(1000);
        }
      }
      assertEquals(1, found.size(), "found by the word inside it");
      assertEquals(title, found.get(0).getText());
      found.get(0).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.download")));
      assertEquals(resource, browser.getCurrentUrl());
      String download = browser.findElement(By.cssSelector("a.download")).getAttribute("href");
      String cookies =
          browser.manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      HttpResponse<byte[]> fetched =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(download)).header("Cookie", cookies).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, fetched.statusCode());
      assertArrayEquals(document, fetched.body(), "the bytes downloaded are the document's");
      assertTrue(
          fetched.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    } finally {
      browser.quit();
      Files.deleteIfExists(file);
    }
  }
}
