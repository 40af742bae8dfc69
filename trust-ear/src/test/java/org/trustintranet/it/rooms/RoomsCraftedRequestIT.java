package org.trustintranet.it.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.IntranetClient;

/**
 * Rooms added through rooms/edit.xhtml by Oakfield's admin, then asked for by Riverside's admin and
 * staff with crafted addresses: another school's own room is not found, another school's shared
 * room may be seen but not changed, junk ids are not found, and someone who manages no rooms may
 * not open the edit page. Never a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoomsCraftedRequestIT {
  private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");
  private static final Pattern ROOM_ID = Pattern.compile("rooms/room\\.xhtml\\?id=(\\d+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  /** Adds a room through the edit page as {@code admin}; returns its id (from the redirect). */
  private static long addRoom(IntranetClient admin, String name, String sharing) {
    String page = admin.get("rooms/edit.xhtml").body();
    Matcher option = OPTION.matcher(page);
    assertTrue(option.find(), "the edit page offers the admin's school");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("room:school_input", option.group(1));
    fields.put("room:name", name);
    fields.put("room:capacity", "12");
    fields.put("room:sharing", sharing);
    fields.put("room:save", "");
    HttpResponse<String> saved = admin.post("rooms/edit.xhtml", "room", fields);
    String location = saved.headers().firstValue("Location").orElse("");
    Matcher id = ROOM_ID.matcher(location);
    assertTrue(id.find(), "redirected to the new room, not " + saved.statusCode() + " " + location);
    return Long.parseLong(id.group(1));
  }

  private static void refused(IntranetClient client, String path, int status) {
    HttpResponse<String> response = client.get(path);
    assertEquals(status, response.statusCode(), path);
    String body = response.body();
    for (String trace :
        new String[] {
          "NotFoundException", "NotPermittedException", "Caused by", "at org.trustintranet"
        }) {
      assertFalse(body.contains(trace), path + " shows no exception or stack trace: " + trace);
    }
  }

  @Test
  void anotherSchoolsRoomsAndForgedIdsAreRefusedPlainly() {
    IntranetClient oakfield = IntranetClient.signedIn(base, "school.admin");
    long own = addRoom(oakfield, "Crafted own " + System.nanoTime(), "OWN_SCHOOL");
    long shared = addRoom(oakfield, "Crafted shared " + System.nanoTime(), "TRUST");
    assertEquals(200, oakfield.get("rooms/room.xhtml?id=" + own).statusCode());
    assertEquals(200, oakfield.get("rooms/edit.xhtml?id=" + own).statusCode());

    IntranetClient riverside = IntranetClient.signedIn(base, "riverside.admin");
    refused(riverside, "rooms/room.xhtml?id=" + own, 404);
    refused(riverside, "rooms/edit.xhtml?id=" + own, 404);
    assertEquals(200, riverside.get("rooms/room.xhtml?id=" + shared).statusCode());
    refused(riverside, "rooms/edit.xhtml?id=" + shared, 403);
    for (String junk : new String[] {"abc", "-1", "0", "987654321", "1%27%20OR%201=1"}) {
      refused(riverside, "rooms/room.xhtml?id=" + junk, 404);
      refused(riverside, "rooms/edit.xhtml?id=" + junk, 404);
    }

    IntranetClient staff = IntranetClient.signedIn(base, "staff"); // Riverside, no admin
    refused(staff, "rooms/room.xhtml?id=" + own, 404);
    refused(staff, "rooms/edit.xhtml", 403);
    refused(staff, "rooms/edit.xhtml?id=" + shared, 403);
    assertEquals(200, staff.get("rooms/mine.xhtml").statusCode());
  }

  /**
   * The queue of requests to approve: Riverside's admin sees the demo's pending booking of the Main
   * hall (and the link with the count on the rooms page); Oakfield's admin does not, and an approve
   * button posted by hand as them leaves it waiting; staff who manage no rooms get 403.
   */
  @Test
  void theRequestsQueueIsForTheRoomsSchoolAdminsOnly() {
    String demo = "Trust INSET: reading for pleasure";
    IntranetClient riverside = IntranetClient.signedIn(base, "riverside.admin");
    assertTrue(riverside.get("rooms/index.xhtml").body().contains("Requests to approve ("));
    assertTrue(riverside.get("rooms/requests.xhtml").body().contains(demo), "the demo request");

    IntranetClient oakfield = IntranetClient.signedIn(base, "school.admin");
    HttpResponse<String> theirs = oakfield.get("rooms/requests.xhtml");
    assertEquals(200, theirs.statusCode());
    assertFalse(theirs.body().contains(demo), "not another school's request");
    Map<String, String> approve = new LinkedHashMap<>();
    approve.put("requests:list:0:approve", "");
    HttpResponse<String> crafted = oakfield.post("rooms/requests.xhtml", "requests", approve);
    assertTrue(crafted.statusCode() < 500, "no server error: " + crafted.statusCode());
    assertTrue(riverside.get("rooms/requests.xhtml").body().contains(demo), "still waiting");

    IntranetClient staff = IntranetClient.signedIn(base, "staff");
    refused(staff, "rooms/requests.xhtml", 403);
    assertFalse(staff.get("rooms/index.xhtml").body().contains("Requests to approve"));
  }
}
