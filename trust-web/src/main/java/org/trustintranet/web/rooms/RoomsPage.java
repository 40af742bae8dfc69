package org.trustintranet.web.rooms;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.trustintranet.rooms.application.BookingRequestService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
import org.trustintranet.rooms.application.SchoolOption;

/**
 * Backs rooms/index.xhtml: the rooms the person may book, with their school and facilities; for
 * managers, a link to the requests waiting for their approval, with their number.
 */
@Named
@RequestScoped
public class RoomsPage {
  @Inject RoomService rooms;
  @Inject BookingRequestService requests;

  private List<RoomView> bookable = List.of();
  private boolean mayAdd;
  private long pendingRequests;
  private List<SchoolOption> managed = List.of();

  @PostConstruct
  void load() {
    bookable = rooms.bookableRooms();
    managed = rooms.managedSchools();
    mayAdd = !managed.isEmpty();
    pendingRequests = mayAdd ? requests.pendingCount() : 0;
  }

  /** How many requests wait for the person's approval (managers only). */
  public long getPendingRequests() {
    return pendingRequests;
  }

  public List<RoomView> getRooms() {
    return bookable;
  }

  /** The schools whose rooms and closed days the person manages. */
  public List<SchoolOption> getManagedSchools() {
    return managed;
  }

  /** True for those who may add rooms (school and trust admins). */
  public boolean isMayAdd() {
    return mayAdd;
  }
}
