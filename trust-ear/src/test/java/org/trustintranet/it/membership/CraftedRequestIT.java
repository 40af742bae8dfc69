package org.trustintranet.it.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
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
 * The screens that act on an id, posted as a browser would but by someone who crafts the request:
 * another school's id, another person's id, a form the page did not offer. Nothing is written.
 * (Issue 7: a school admin set the trust admin's password from the person page.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CraftedRequestIT {
  static final String PASSWORD_SET = "The password was set";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private IntranetClient signedIn(String user) {
    return IntranetClient.signedIn(base, user);
  }

  private static long idOf(String page, String linkPattern) {
    Matcher m = Pattern.compile(linkPattern).matcher(page);
    assertTrue(m.find(), "no link " + linkPattern);
    return Long.parseLong(m.group(1));
  }

  private static long personId(IntranetClient client, String name) {
    String page = client.get("staff/directory.xhtml?q=" + name.replace(' ', '+')).body();
    return idOf(page, "person\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(name));
  }

  private static long schoolId(IntranetClient client, String name) {
    return idOf(
        client.get("schools/index.xhtml").body(),
        "school\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(name));
  }

  private void trustAdminStillSignsInWithTheDemoPassword() {
    signedIn("trust.admin");
  }

  @Test
  void schoolAdminCannotSetThePasswordOfTheTrustAdmin() {
    IntranetClient owen = signedIn("riverside.admin");
    long priya = personId(owen, "Priya Shah");
    String page = owen.get("staff/person.xhtml?id=" + priya).body();
    assertFalse(page.contains("id=\"password\""), "no password form for a trust admin's page");
    assertFalse(page.contains("id=\"edit\""), "no edit form");
    assertFalse(page.contains("id=\"leave\""), "no leaving form");

    HttpResponse<String> password =
        owen.post(
            "staff/person.xhtml?id=" + priya,
            "password",
            Map.of(
                "password:newPassword", "taken over at last",
                "password:setPassword", ""));
    assertFalse(password.body().contains(PASSWORD_SET), password.body());
    HttpResponse<String> edit =
        owen.post(
            "staff/person.xhtml?id=" + priya,
            "edit",
            Map.of(
                "edit:email", "owen.owns.it@example.org",
                "edit:givenName", "Taken",
                "edit:familyName", "Over",
                "edit:jobTitle", "",
                "edit:save", ""));
    assertFalse(edit.body().contains("The details were saved"), edit.body());
    HttpResponse<String> leave =
        owen.post("staff/person.xhtml?id=" + priya, "leave", Map.of("leave:markLeft", ""));
    assertFalse(leave.body().contains("as having left"), leave.body());

    trustAdminStillSignsInWithTheDemoPassword();
    assertTrue(
        signedIn("trust.admin")
            .get("staff/person.xhtml?id=" + priya)
            .body()
            .contains("Priya Shah"));
  }

  @Test
  void aPostbackCannotSwitchThePersonItActsOn() {
    IntranetClient owen = signedIn("riverside.admin");
    long riverside = schoolId(owen, "Riverside Academy");
    long priya = personId(owen, "Priya Shah");
    String email = "crafted." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    owen.get("schools/members.xhtml?id=" + riverside);
    HttpResponse<String> added =
        owen.post(
            "schools/members.xhtml?id=" + riverside,
            "addNew",
            Map.of(
                "addNew:email", email,
                "addNew:givenName", "Cara",
                "addNew:familyName", "Aacrafted",
                "addNew:jobTitle", "",
                "addNew:role", "STAFF",
                "addNew:add", ""));
    assertTrue(added.body().contains("Cara Aacrafted was added"), added.body());
    long cara = personId(owen, "Cara Aacrafted");

    // The page of someone Owen may manage, posted back naming the trust admin instead.
    assertTrue(owen.get("staff/person.xhtml?id=" + cara).body().contains("id=\"password\""));
    owen.post(
        "staff/person.xhtml?id=" + priya,
        "password",
        Map.of(
            "id", Long.toString(priya),
            "password:newPassword", "taken over at last",
            "password:setPassword", ""));

    trustAdminStillSignsInWithTheDemoPassword();
  }

  @Test
  void schoolAdminCannotOpenAnotherSchoolsImportNorAnySchoolsRecord() {
    IntranetClient helen = signedIn("school.admin");
    long oakfield = schoolId(helen, "Oakfield Primary School");
    long riverside = schoolId(helen, "Riverside Academy");
    assertEquals(403, helen.get("schools/import.xhtml?id=" + riverside).statusCode());
    assertEquals(200, helen.get("schools/import.xhtml?id=" + oakfield).statusCode());
    assertEquals(
        403,
        helen.get("schools/edit.xhtml?id=" + oakfield).statusCode(),
        "schools' records are the trust admin's");

    HttpResponse<String> crafted =
        helen.post(
            "schools/edit.xhtml?id=" + oakfield,
            "edit",
            Map.of(
                "edit:urn", "100001",
                "edit:name", "Renamed by a school admin",
                "edit:phase_input", "PRIMARY",
                "edit:save", ""));
    assertFalse(crafted.body().contains("Renamed by a school admin"), crafted.body());
    assertFalse(
        signedIn("trust.admin").get("schools/index.xhtml").body().contains("Renamed by a school"));

    String schoolPage = helen.get("schools/school.xhtml?id=" + oakfield).body();
    assertFalse(schoolPage.contains("id=\"school:archive\""), "no archive button for her");
    HttpResponse<String> archive =
        helen.post("schools/school.xhtml?id=" + oakfield, "school", Map.of("school:archive", ""));
    assertFalse(archive.body().contains("The school was archived"), archive.body());
    assertFalse(
        signedIn("trust.admin")
            .get("schools/school.xhtml?id=" + oakfield)
            .body()
            .contains("<dt>Archived</dt>"),
        "Oakfield is still open");
  }
}
