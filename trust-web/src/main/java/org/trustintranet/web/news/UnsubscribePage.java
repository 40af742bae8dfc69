package org.trustintranet.web.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.trustintranet.news.application.DigestService;

/**
 * The page a digest's unsubscribe link opens, without signing in: a button stops the digest (a link
 * alone does not, since mail scanners open links). An unknown or used link says the same as a good
 * one, so that the page tells nobody which tokens exist.
 */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DigestService digests;

  private String token;
  private boolean done;

  public void unsubscribe() {
    digests.unsubscribe(token);
    done = true;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isDone() {
    return done;
  }
}
