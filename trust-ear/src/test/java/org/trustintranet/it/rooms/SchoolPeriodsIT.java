package org.trustintranet.it.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.rooms.application.PeriodView;
import org.trustintranet.rooms.application.PhotoForm;
import org.trustintranet.rooms.application.PhotoUpload;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomPhotoService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.SchoolPeriodsService;

/**
 * School periods and room photos through their services, inside the deployed application: a
 * school's admins keep its periods, another school's admin and its staff may not, a timetable that
 * overlaps, lacks a name or ends before it starts is refused whole with nothing written, and the
 * periods are offered to whoever may see one of the school's rooms. A room's photo is changed by
 * its managers only, checked from its bytes, and served to whoever may see the room.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolPeriodsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        SchoolPeriodsIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject SchoolPeriodsService periods;
  @Inject RoomPhotoService photos;
  @Inject RoomService rooms;
  @Inject Acting acting;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private static PeriodView period(String name, String starts, String ends) {
    return new PeriodView(
        name,
        starts == null ? null : LocalTime.parse(starts),
        ends == null ? null : LocalTime.parse(ends));
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void aSchoolsAdminsKeepItsPeriodsAndNobodyElse() {
    long oakfield = acting.school(RoomsIT.OAKFIELD);
    long riverside = acting.school(RoomsIT.RIVERSIDE);
    acting.as("school.admin"); // Oakfield's admin
    List<PeriodView> before = periods.periods(oakfield);
    try {
      List<PeriodView> day =
          List.of(
              period("Period 2", "10:00", "11:00"),
              period("Period 1", "09:00", "10:00"),
              period("Lunch", "12:00", "12:45"));
      periods.changePeriods(oakfield, day);
      assertEquals(
          List.of("Period 1", "Period 2", "Lunch"),
          periods.periods(oakfield).stream().map(PeriodView::name).toList());

      // refused whole, nothing written
      for (List<PeriodView> bad :
          List.of(
              List.of(period("Period 1", "09:00", "10:00"), period("Period 2", "09:30", "10:30")),
              List.of(period("  ", "09:00", "10:00")),
              List.of(period("Period 1", "10:00", "09:00")),
              List.of(period("Period 1", null, "09:00")),
              List.of(period("Lunch", "12:00", "12:30"), period("lunch", "13:00", "13:30")))) {
        assertThrows(BusinessException.class, () -> periods.changePeriods(oakfield, bad));
      }
      assertEquals(
          "error.rooms.periods.overlap",
          refusal(
              () ->
                  periods.changePeriods(
                      oakfield,
                      List.of(
                          period("Period 1", "09:00", "10:00"),
                          period("Period 2", "09:59", "10:30")))));
      List<PeriodView> thirteen = new ArrayList<>();
      for (int i = 0; i < 13; i++) {
        thirteen.add(
            new PeriodView(
                "P" + i,
                LocalTime.of(7, 0).plusMinutes(40L * i),
                LocalTime.of(7, 30).plusMinutes(40L * i)));
      }
      assertThrows(RuntimeException.class, () -> periods.changePeriods(oakfield, thirteen));
      assertEquals(3, periods.periods(oakfield).size(), "nothing written");

      // another school's admin, and staff, may neither read nor change them
      acting.as("riverside.admin");
      assertThrows(NotPermittedException.class, () -> periods.periods(oakfield));
      assertThrows(NotPermittedException.class, () -> periods.changePeriods(oakfield, List.of()));
      periods.periods(riverside); // their own school's: allowed
      acting.as("teacher");
      assertThrows(NotPermittedException.class, () -> periods.changePeriods(oakfield, List.of()));
      acting.as("trust.admin"); // may manage any school: one that does not exist is not found
      assertThrows(NotFoundException.class, () -> periods.periods(987654321L));
      acting.as("school.admin");
      assertEquals(3, periods.periods(oakfield).size());

      // whoever may see a room of the school is offered them
      long room =
          rooms.create(
              new RoomForm(
                  oakfield,
                  "Periods room " + System.nanoTime(),
                  10,
                  List.of(),
                  null,
                  null,
                  "TRUST",
                  false));
      acting.as("staff"); // Riverside only: the room is shared with the trust
      assertEquals(
          List.of("Period 1", "Period 2", "Lunch"),
          periods.periodsOfRoom(room).stream().map(PeriodView::name).toList());
    } finally {
      acting.as("school.admin");
      periods.changePeriods(oakfield, before);
    }
  }

  @Test
  void aRoomsPhotoIsChangedByItsManagersOnlyAndCheckedFromItsBytes() throws Exception {
    long oakfield = acting.school(RoomsIT.OAKFIELD);
    acting.as("school.admin");
    long own =
        rooms.create(
            new RoomForm(
                oakfield,
                "Photo own " + System.nanoTime(),
                10,
                List.of(),
                null,
                null,
                "OWN_SCHOOL",
                false));
    long shared =
        rooms.create(
            new RoomForm(
                oakfield,
                "Photo shared " + System.nanoTime(),
                10,
                List.of(),
                null,
                null,
                "TRUST",
                false));
    PhotoForm good = new PhotoForm(PhotoUpload.of(png()), "A bright room");

    acting.as("riverside.admin");
    assertThrows(NotFoundException.class, () -> photos.changePhoto(own, good), "cannot see it");
    assertThrows(NotPermittedException.class, () -> photos.changePhoto(shared, good));
    assertThrows(NotPermittedException.class, () -> photos.removePhoto(shared));
    acting.as("staff");
    assertThrows(NotPermittedException.class, () -> photos.changePhoto(shared, good));

    acting.as("school.admin");
    assertEquals(
        RoomPhotoService.NOT_AN_IMAGE,
        refusal(
            () ->
                photos.changePhoto(
                    shared,
                    new PhotoForm(
                        PhotoUpload.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)),
                        "A drawing"))));
    assertEquals(
        RoomPhotoService.ALT_REQUIRED,
        refusal(() -> photos.changePhoto(shared, new PhotoForm(PhotoUpload.of(png()), " "))));
    assertEquals(
        RoomPhotoService.PHOTO_REQUIRED,
        refusal(() -> photos.changePhoto(shared, new PhotoForm(null, "Words only"))));
    assertEquals(
        PhotoUpload.TOO_LARGE,
        assertThrows(
                BusinessException.class, () -> PhotoUpload.of(new byte[PhotoUpload.MAX_BYTES + 1]))
            .messageKey());
    assertNull(rooms.room(shared).photoId(), "nothing saved");

    photos.changePhoto(shared, good);
    String id = rooms.room(shared).photoId();
    assertEquals(64, id.length());
    photos.changePhoto(shared, new PhotoForm(null, "The bright room"));
    assertEquals(id, rooms.room(shared).photoId(), "the same image, new words");
    assertEquals("The bright room", rooms.room(shared).photoAlt());

    acting.as("staff"); // may see the shared room: served; the own-school room: not found
    assertEquals("image/png", photos.photo(shared, id).mediaType());
    assertThrows(NotFoundException.class, () -> photos.photo(shared, "0".repeat(64)));
    assertThrows(NotFoundException.class, () -> photos.photo(own, id));

    acting.as("school.admin");
    photos.removePhoto(shared);
    assertNull(rooms.room(shared).photoId());
    assertFalse(rooms.room(shared).photoAlt() != null);
    assertTrue(rooms.room(own).photoId() == null);
  }

  private static byte[] png() {
    BufferedImage picture = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(picture, "png", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
