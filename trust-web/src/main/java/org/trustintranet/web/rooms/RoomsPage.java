package org.trustintranet.web.rooms;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;

/** Backs rooms/index.xhtml: the rooms the person may book, with their school and facilities. */
@Named
@RequestScoped
public class RoomsPage {
  @Inject RoomService rooms;

  private List<RoomView> bookable = List.of();
  private boolean mayAdd;

  @PostConstruct
  void load() {
    bookable = rooms.bookableRooms();
    mayAdd = !rooms.managedSchools().isEmpty();
  }

  public List<RoomView> getRooms() {
    return bookable;
  }

  /** True for those who may add rooms (school and trust admins). */
  public boolean isMayAdd() {
    return mayAdd;
  }
}
