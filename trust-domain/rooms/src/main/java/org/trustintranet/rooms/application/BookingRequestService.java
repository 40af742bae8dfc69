package org.trustintranet.rooms.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.trustintranet.rooms.domain.Booking;

/**
 * Requests to book rooms that need their school's approval: the queue of a school's admins (trust
 * admins see every school's), and their decisions. Each decision is audited and mailed to the
 * organiser once it is committed; so is the request itself. Only a PENDING booking is decided
 * ({@code error.rooms.notPending} for a cancelled or already decided one); it already holds its
 * slot, so approving it never makes a clash.
 */
public interface BookingRequestService {
  /**
   * The PENDING bookings that have not ended, of the rooms the current user manages, oldest first.
   */
  List<BookingRequestView> requests();

  /** How many {@link #requests()} there are (0 for those who manage no rooms). */
  long pendingCount();

  /** The booking is CONFIRMED; its organiser is told. */
  void approve(long bookingId);

  /** The booking is DECLINED for {@code reason} (required); its organiser is told why. */
  void decline(long bookingId, @NotNull @Size(max = Booking.REASON_LENGTH) String reason);
}
