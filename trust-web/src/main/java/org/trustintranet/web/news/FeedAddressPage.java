package org.trustintranet.web.news;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.trustintranet.news.application.AtomFeedService;
import org.trustintranet.news.application.FeedAddressView;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;

/**
 * Backs the news part of "My profile" (WEB-INF/includes/news/feed-address.xhtml): the person's
 * personal Atom feed address. Only the token's hash is kept, so the full address is shown once,
 * right after it is made (held in this view only, to be copied now); later the page says when the
 * address was made and offers to replace or revoke it. Also names the public trust feed's address.
 */
@Named
@ViewScoped
public class FeedAddressPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AtomFeedService feeds;
  @Inject Feedback feedback;
  @Inject Dates dates;

  private FeedAddressView address;
  private String newAddress;

  public FeedAddressView getAddress() {
    if (address == null) {
      address = feeds.myFeedAddress();
    }
    return address;
  }

  /** "Made on 23 Nov 2026, 18:02:11", for an address that exists. */
  public String getMadeText() {
    FeedAddressView a = getAddress();
    return a.exists() ? feedback.text("feeds.made", dates.dateTime(a.createdAt())) : "";
  }

  /** Makes a new address (replacing any old one) and shows it once. */
  public void create() {
    boolean replacing = getAddress().exists();
    String token =
        feedback.attempt(feeds::createMyFeedToken, replacing ? "feeds.replaced" : "feeds.created");
    if (token != null) {
      newAddress = base() + AtomFeedServlet.PATH + "/" + AtomFeedServlet.PERSONAL + "/" + token;
      address = null;
    }
  }

  /** Revokes the address: it stops working at once. */
  public void revoke() {
    if (feedback.attempt(feeds::revokeMyFeedToken, "feeds.revoked")) {
      newAddress = null;
      address = null;
    }
  }

  /** The address just made, shown once; null otherwise. */
  public String getNewAddress() {
    return newAddress;
  }

  /** The public trust feed's address, for anyone. */
  public String getPublicAddress() {
    return base() + AtomFeedServlet.PATH + "/" + AtomFeedServlet.PUBLIC;
  }

  private static String base() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return AtomFeedServlet.base((HttpServletRequest) external.getRequest());
  }
}
