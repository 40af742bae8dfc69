package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.MailText;

/**
 * The intranet's own addresses for mail, which is read outside the intranet: from {@code
 * trust.url}, the address staff open the intranet at (e.g. {@code https://intranet.oak-trust.org}).
 */
@ApplicationScoped
public class NewsLinks {
  private final String base;

  @Inject
  public NewsLinks(
      @ConfigProperty(name = "trust.url", defaultValue = "http://localhost:8080") String url) {
    this.base = MailText.base(url);
  }

  /** Needed by CDI for its proxy. */
  protected NewsLinks() {
    this.base = "";
  }

  public String post(long postId) {
    return base + "/news/post.xhtml?id=" + postId;
  }

  /** The page where the holder of a digest's link stops the digest. */
  public String unsubscribePage(String token) {
    return base + "/news/unsubscribe.xhtml?token=" + encode(token);
  }

  /** Where mail readers post a one-click unsubscribe (RFC 8058). */
  public String oneClickUnsubscribe(String token) {
    return base + "/mail/unsubscribe?token=" + encode(token);
  }

  public String profile() {
    return base + "/profile.xhtml";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
