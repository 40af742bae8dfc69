package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
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
import org.trustintranet.it.IntranetClient;

/**
 * Comments and likes in a real browser: a teacher comments on their school's post (markup typed in
 * stays text), likes it and corrects the comment; the post's author hides it with a reason and
 * closes the comments; the teacher then sees the reason and no comment box; a member of another
 * school reaches the post by no URL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommentJourneyIT {
  /** The demo trust's post for Oakfield only, by its school admin. */
  static final String POST = "Year 5 science museum trip: helpers wanted";

  /** Its tag: the feed filtered by it finds the post however many posts other tests wrote. */
  static final String TAGGED = "index.xhtml?tag=year%205";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  @Test
  void aTeacherCommentsTheAuthorHidesItAndClosesTheComments() {
    String words = "I can help on the 14th " + UUID.randomUUID().toString().substring(0, 8);
    String postUrl;
    WebDriver teacher = HeadlessChromium.start();
    try {
      WebDriverWait wait = new WebDriverWait(teacher, Duration.ofSeconds(30));
      signIn(teacher, wait, "teacher");
      teacher.findElement(By.linkText(POST)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newComment:text")));
      postUrl = teacher.getCurrentUrl();
      // The post says who it is for (the school's name was missing: EL's String.join gave "").
      assertTrue(
          teacher.findElement(By.tagName("main")).getText().contains("Oakfield Primary School"),
          "the audience is named");
      if (!teacher.findElements(By.id("likes:unlike")).isEmpty()) { // a second run on one database
        teacher.findElement(By.id("likes:unlike")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("likes:like")));
      }

      teacher
          .findElement(By.id("newComment:text"))
          .sendKeys(words + " <script>document.title='owned'</script>\nSecond line");
      teacher.findElement(By.id("newComment:post")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "Your comment was posted."));
      WebElement comment = ownComment(teacher, words);
      assertTrue(comment.getText().contains("Second line"), comment.getText());
      assertFalse(teacher.getTitle().contains("owned"), "the typed script never ran");
      assertTrue(
          teacher.findElements(By.cssSelector(".comments script")).isEmpty(), "no live script");

      teacher.findElement(By.id("likes:like")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("likes:unlike")));
      String likes = teacher.findElement(By.id("likes")).getText();
      assertTrue(likes.contains("Tom Fletcher") && likes.contains("1 like"), likes);

      ownComment(teacher, words).findElement(By.xpath(".//button[contains(., 'Change')]")).click();
      WebElement edit =
          wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("textarea[id$=':editText']")));
      edit.clear();
      edit.sendKeys(words + " (after lunch)");
      teacher.findElement(By.cssSelector("button[id$=':saveEdit']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "Your comment was changed."));
      assertTrue(ownComment(teacher, words).getText().contains("(after lunch)"));
      assertTrue(ownComment(teacher, words).getText().contains("edited"));
    } finally {
      teacher.quit();
    }

    WebDriver author = HeadlessChromium.start();
    try {
      WebDriverWait wait = new WebDriverWait(author, Duration.ofSeconds(30));
      signIn(author, wait, "school.admin");
      author.get(postUrl);
      ownComment(author, words).findElement(By.xpath(".//button[contains(., 'Hide')]")).click();
      WebElement reason =
          wait.until(
              ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[id$=':reason']")));
      reason.sendKeys("Please arrange this with the office");
      author.findElement(By.cssSelector("button[id$=':confirmHide']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "The comment was hidden."));
      author.findElement(By.id("moderation:close")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moderation:reopen")));
    } finally {
      author.quit();
    }

    WebDriver again = HeadlessChromium.start();
    try {
      WebDriverWait wait = new WebDriverWait(again, Duration.ofSeconds(30));
      signIn(again, wait, "teacher");
      again.get(postUrl);
      WebElement hidden = ownComment(again, words);
      assertTrue(hidden.getText().contains("hidden by a moderator"), hidden.getText());
      assertTrue(hidden.getText().contains("Please arrange this with the office"));
      assertTrue(again.findElement(By.tagName("main")).getText().contains("are closed"));
      assertTrue(again.findElements(By.id("newComment:text")).isEmpty(), "no comment box");
    } finally {
      again.quit();
    }

    // Riverside's staff member (not at Oakfield): the post's URL is "not found".
    IntranetClient outsider = new IntranetClient(loopback(base));
    assertEquals(302, outsider.signIn("staff" + DOMAIN, PASSWORD).statusCode());
    String path = postUrl.substring(postUrl.indexOf("news/post.xhtml"));
    assertEquals(404, outsider.get(path).statusCode());
  }

  /** The comment (list item) holding {@code words}, read afresh. */
  private static WebElement ownComment(WebDriver browser, String words) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//li[contains(@class, 'comment') and contains(., '" + words + "')]")));
  }

  private void signIn(WebDriver browser, WebDriverWait wait, String user) {
    browser.get(loopback(base).resolve("login.xhtml").toString());
    browser.findElement(By.id("login:email")).sendKeys(user + DOMAIN);
    browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login:signIn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));
    browser.get(loopback(base).resolve(TAGGED).toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(POST)));
  }
}
