package org.trustintranet.it.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.HeadlessChromium;

/**
 * A teaching profile and its suggestions in a browser (headless Chromium), on the demo trust: a
 * member of staff with no profile is told to say what they develop; they tick early reading as an
 * area they are developing and save; the suggested partners then show the Welsh-medium teacher
 * strong in it at another school, with why, and not the colleague who keeps her profile to nobody;
 * "Find expertise" for early reading lists the Welsh-medium school.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachingProfileJourneyIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aColleagueSaysWhatTheyDevelopAndFindsPartnersAndSchoolsThatCanHelp() {
    WebDriver browser = HeadlessChromium.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      signIn(browser, "staff" + DOMAIN);
      browser.get(loopback(base).resolve("learning/index.xhtml").toString());
      browser.findElement(By.id("partnersLink")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noProfile")));

      browser.get(loopback(base).resolve("learning/profile.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile:save")));
      browser
          .findElement(
              By.xpath(
                  "//label[normalize-space()='Early reading' and contains(@for,'developing')]"))
          .click();
      browser.findElement(By.xpath("//label[normalize-space()='Everyone in the trust']")).click();
      browser.findElement(By.id("profile:save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
      assertTrue(browser.getPageSource().contains("Your teaching profile is saved."));

      browser.findElement(By.id("partners")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".partner-name")));
      String partners = browser.findElement(By.id("partners")).getText();
      assertTrue(partners.contains("Elin Prydderch"), partners);
      assertTrue(partners.contains("Strong in Early reading, which you are developing."), partners);
      assertFalse(partners.contains("Chloe Patel"), "her profile is for nobody: " + partners);

      browser.get(loopback(base).resolve("learning/expertise.xhtml").toString());
      browser
          .findElement(By.xpath("//select[@id='area']/option[normalize-space()='Early reading']"))
          .click();
      browser.findElement(By.id("find")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schools")));
      String schools = browser.findElement(By.id("schools")).getText();
      assertTrue(schools.contains("Ysgol Gymraeg Bryn Derw"), schools);
      assertTrue(schools.contains("Elin Prydderch"), schools);
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
