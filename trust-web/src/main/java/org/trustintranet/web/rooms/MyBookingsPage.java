package org.trustintranet.web.rooms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.RoomSeriesService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.web.support.Feedback;

/**
 * Backs rooms/mine.xhtml: the person's bookings that have not ended, each with its cancel button
 * (an occurrence of a series also with "cancel this and the rest"). A booking cancelled meanwhile,
 * or a forged id, gets the service's message, never an error page.
 */
@Named
@ViewScoped
public class MyBookingsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RoomService rooms;
  @Inject RoomSeriesService series;
  @Inject Feedback feedback;

  private List<BookingView> bookings;

  public List<BookingView> getBookings() {
    if (bookings == null) {
      bookings = rooms.myBookings();
    }
    return bookings;
  }

  public void cancel(long bookingId) {
    if (feedback.attempt(() -> rooms.cancel(bookingId), "rooms.cancelled")) {
      bookings = null;
    }
  }

  /** Cancels the occurrence and the later ones of its series. */
  public void cancelRest(long bookingId) {
    Integer cancelled = feedback.attempt(() -> series.cancelFollowing(bookingId), null);
    if (cancelled != null) {
      feedback.info("rooms.cancelledRest", cancelled);
      bookings = null;
    }
  }
}
