package org.trustintranet.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The library's pages asked for with crafted addresses and forms: another school's school-only
 * resource is not found on its page or its edit page; a page opened for one's own resource, then
 * posted at another school's resource's address, changes nothing there (the view acts on the
 * resource it was opened for); someone who sees a resource shared with the trust, but may not
 * change it, cannot withdraw or edit it by posting the forms; junk ids are not found. Never a stack
 * trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryCraftedRequestIT {
  static final String OAKFIELD = "Oakfield Primary School";
  static final String RIVERSIDE = "Riverside Academy";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private static void refused(IntranetClient client, String path, int status) {
    HttpResponse<String> response = client.get(path);
    assertEquals(status, response.statusCode(), path);
    noTrace(response.body(), path);
  }

  private static void noTrace(String body, String where) {
    for (String trace :
        new String[] {
          "NotFoundException", "NotPermittedException", "Caused by", "at org.trustintranet"
        }) {
      assertFalse(body.contains(trace), where + " shows no exception: " + trace);
    }
  }

  @Test
  void anotherSchoolsResourcesAndForgedIdsAreRefused() {
    IntranetClient tom = IntranetClient.signedIn(base, "teacher"); // Oakfield and Riverside
    long oakOnly =
        LibraryPages.share(
            tom,
            OAKFIELD,
            "crafted.docx",
            SampleFiles.word("crafted " + System.nanoTime()),
            "Crafted school only " + System.nanoTime(),
            "SCHOOL");
    IntranetClient owen = IntranetClient.signedIn(base, "riverside.admin");
    refused(owen, "library/resource.xhtml?id=" + oakOnly, 404);
    refused(owen, "library/edit.xhtml?id=" + oakOnly, 404);
    refused(owen, "library/resource.xhtml?id=999999999", 404);
    refused(owen, "library/resource.xhtml?id=abc", 404);
    refused(owen, "library/edit.xhtml", 404);

    // Owen's own resource's page, its forms posted at Oakfield's resource's address
    long owens =
        LibraryPages.share(
            owen,
            RIVERSIDE,
            "owen.docx",
            SampleFiles.word("owen " + System.nanoTime()),
            "Owen's " + System.nanoTime(),
            "TRUST");
    assertEquals(200, owen.get("library/resource.xhtml?id=" + owens).statusCode());
    HttpResponse<String> forged =
        owen.post("library/resource.xhtml?id=" + oakOnly, "state", Map.of("state:withdraw", ""));
    noTrace(forged.body(), "the forged withdrawal");
    String page = tom.get("library/resource.xhtml?id=" + oakOnly).body();
    assertEquals(200, tom.get("library/resource.xhtml?id=" + oakOnly).statusCode());
    assertFalse(page.contains("id=\"withdrawnNote\""), "Oakfield's resource was not withdrawn");
    // (the posted view was Owen's own resource's: the post acts on that one, which he may withdraw)

    // Owen's edit form posted at Oakfield's address
    owen.get("library/edit.xhtml?id=" + owens);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("edit:title", "Taken over");
    fields.put("edit:subject", "MATHEMATICS");
    fields.put("edit:keyStage", "KS2");
    fields.put("edit:type", "WORKSHEET");
    fields.put("edit:licence", "OGL");
    fields.put("edit:visibility", "TRUST");
    fields.put("edit:save", "");
    HttpResponse<String> edited = owen.post("library/edit.xhtml?id=" + oakOnly, "edit", fields);
    noTrace(edited.body(), "the forged edit");
    assertFalse(tom.get("library/resource.xhtml?id=" + oakOnly).body().contains("Taken over"));
  }

  @Test
  void someoneWhoSeesButMayNotChangeCannotWithdrawOrEdit() {
    IntranetClient tom = IntranetClient.signedIn(base, "teacher");
    long shared =
        LibraryPages.share(
            tom,
            OAKFIELD,
            "seen.docx",
            SampleFiles.word("seen " + System.nanoTime()),
            "Seen by all " + System.nanoTime(),
            "TRUST");
    IntranetClient elin = IntranetClient.signedIn(base, "athro"); // Bryn Derw
    String page = elin.get("library/resource.xhtml?id=" + shared).body();
    assertFalse(page.contains("id=\"state\""), "no withdraw form for her");
    HttpResponse<String> forged =
        elin.post("library/resource.xhtml?id=" + shared, "state", Map.of("state:withdraw", ""));
    noTrace(forged.body(), "the forged withdrawal");
    refused(elin, "library/edit.xhtml?id=" + shared, 404);
    assertFalse(
        tom.get("library/resource.xhtml?id=" + shared).body().contains("id=\"withdrawnNote\""),
        "still in the library");
    assertEquals(200, elin.get("library/resource.xhtml?id=" + shared).statusCode());
  }
}
