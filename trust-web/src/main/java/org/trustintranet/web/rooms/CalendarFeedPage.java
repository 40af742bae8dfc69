package org.trustintranet.web.rooms;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.trustintranet.rooms.application.CalendarFeedService;
import org.trustintranet.rooms.application.CalendarFeedView;
import org.trustintranet.web.support.BaseAddress;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;

/**
 * Backs "Subscribe in your calendar" (WEB-INF/includes/rooms/calendar-feed.xhtml, on
 * rooms/mine.xhtml) and the room feed note on rooms/room.xhtml: the person's calendar feed address.
 * Only the token's hash is kept, so the full address is shown once, right after it is made (held in
 * this view only, to be copied now); later the page says when it was made and offers to replace or
 * revoke it.
 */
@Named
@ViewScoped
public class CalendarFeedPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CalendarFeedService feeds;
  @Inject Feedback feedback;
  @Inject Dates dates;

  private CalendarFeedView feed;
  private String newAddress;

  public CalendarFeedView getFeed() {
    if (feed == null) {
      feed = feeds.myCalendarFeed();
    }
    return feed;
  }

  /** "You have a calendar address, created 23 Nov 2026, 18:02:11", for one that exists. */
  public String getMadeText() {
    CalendarFeedView f = getFeed();
    return f.exists() ? feedback.text("rooms.ical.made", dates.dateTime(f.createdAt())) : "";
  }

  /** Makes a new address (replacing any old one) and shows it once. */
  public void create() {
    boolean replacing = getFeed().exists();
    String token =
        feedback.attempt(
            feeds::createMyCalendarToken, replacing ? "rooms.ical.replaced" : "rooms.ical.created");
    if (token != null) {
      newAddress = CalendarFeedServlet.personalAddress(getBase(), token);
      feed = null;
    }
  }

  /** Revokes the address: it stops working at once. */
  public void revoke() {
    if (feedback.attempt(feeds::revokeMyCalendarToken, "rooms.ical.revoked")) {
      newAddress = null;
      feed = null;
    }
  }

  /** The address just made, shown once; null otherwise. */
  public String getNewAddress() {
    return newAddress;
  }

  /** The intranet's address as this request reached it. */
  public String getBase() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return BaseAddress.of((HttpServletRequest) external.getRequest());
  }
}
