package org.trustintranet.web.rooms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.web.support.Feedback;

/**
 * Backs rooms/mine.xhtml: the person's bookings that have not ended, each with its cancel button. A
 * booking cancelled meanwhile, or a forged id, gets the service's message, never an error page.
 */
@Named
@ViewScoped
public class MyBookingsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RoomService rooms;
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
}
