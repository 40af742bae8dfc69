package org.trustintranet.it.rooms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.RoomService;

/**
 * Books a room as a person from a thread of a test's own pool, as a request would: with a request
 * context of its own (the current user is request-scoped), acting as that person.
 */
@ApplicationScoped
public class Booker {
  @Inject RoomService rooms;
  @Inject CurrentUser currentUser;

  @ActivateRequestContext
  public long bookAs(long personId, long roomId, BookingForm form) {
    TestCallerIdentity.actAs(personId);
    try {
      currentUser.refresh();
      return rooms.book(roomId, form);
    } finally {
      TestCallerIdentity.actAs(null);
    }
  }
}
