package org.trustintranet.it.rooms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.rooms.application.RoomSeriesService;
import org.trustintranet.rooms.application.SeriesBooked;
import org.trustintranet.rooms.application.SeriesForm;

/** Books a series as a person from a thread of a test's own pool, as {@link Booker} does. */
@ApplicationScoped
public class SeriesBooker {
  @Inject RoomSeriesService series;
  @Inject CurrentUser currentUser;

  @ActivateRequestContext
  public SeriesBooked bookSeriesAs(long personId, long roomId, SeriesForm form) {
    TestCallerIdentity.actAs(personId);
    try {
      currentUser.refresh();
      return series.bookSeries(roomId, form);
    } finally {
      TestCallerIdentity.actAs(null);
    }
  }
}
