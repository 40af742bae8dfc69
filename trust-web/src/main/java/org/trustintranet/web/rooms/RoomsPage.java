package org.trustintranet.web.rooms;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
import org.trustintranet.rooms.application.SchoolOption;

/** Backs rooms/index.xhtml: the rooms the person may book, with their school and facilities. */
@Named
@RequestScoped
public class RoomsPage {
  @Inject RoomService rooms;

  private List<RoomView> bookable = List.of();
  private boolean mayAdd;
  private List<SchoolOption> managed = List.of();

  @PostConstruct
  void load() {
    bookable = rooms.bookableRooms();
    managed = rooms.managedSchools();
    mayAdd = !managed.isEmpty();
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
