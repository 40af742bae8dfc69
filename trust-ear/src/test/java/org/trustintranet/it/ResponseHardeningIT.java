package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

/**
 * What every response carries, whoever answers it (a page, the sign-in redirect, an error page of
 * the application or of the container): the security headers and one strict script policy, no
 * server name; pages are never stored by the browser; errors are our own pages, and an ajax error
 * names no class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseHardeningIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private IntranetClient signedIn(String user) {
    return IntranetClient.signedIn(base, user);
  }

  @Test
  void signedInPagesAreNeverStoredButStaticResourcesMayBe() {
    IntranetClient teacher = signedIn("teacher");
    for (String page : List.of("index.xhtml", "profile.xhtml", "staff/directory.xhtml")) {
      HttpResponse<String> response = teacher.get(page);
      assertEquals(200, response.statusCode(), page);
      assertTrue(
          response.headers().allValues("Cache-Control").stream()
              .anyMatch(v -> v.contains("no-store")),
          page + ": " + response.headers().map());
    }
    HttpResponse<String> css = teacher.get("jakarta.faces.resource/trust.css.xhtml?ln=trust");
    assertEquals(200, css.statusCode());
    assertFalse(
        css.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
        "style sheets may be cached: " + css.headers().map());
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    IntranetClient anonymous = new IntranetClient(loopback(base));
    IntranetClient teacher = signedIn("teacher");
    Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
    responses.put("sign-in page", anonymous.get("login.xhtml"));
    responses.put("redirect to sign-in", anonymous.get("index.xhtml"));
    responses.put(
        "redirect after sign-in",
        new IntranetClient(loopback(base)).signIn("teacher" + DOMAIN, PASSWORD));
    responses.put("page", teacher.get("index.xhtml"));
    responses.put("403", teacher.get("admin/audit.xhtml"));
    responses.put("404", teacher.get("no-such-page.xhtml"));
    responses.put("404 of a record", teacher.get("staff/person.xhtml?id=999999999"));
    responses.put("static file", teacher.get("resources/trust/trust.css"));
    responses.put(
        "416 of a static file", send("resources/trust/trust.css", "Range", "bytes=999999-"));
    assertEquals(302, responses.get("redirect to sign-in").statusCode());
    assertEquals(403, responses.get("403").statusCode());
    assertEquals(404, responses.get("404").statusCode());
    assertEquals(416, responses.get("416 of a static file").statusCode());
    responses.forEach(
        (what, response) -> {
          HttpHeaders headers = new HttpHeaders(response);
          assertEquals("nosniff", headers.one("X-Content-Type-Options"), what);
          assertEquals("DENY", headers.one("X-Frame-Options"), what);
          assertEquals("strict-origin-when-cross-origin", headers.one("Referrer-Policy"), what);
          assertEquals(1, headers.all("Content-Security-Policy").size(), what + ": one policy");
          assertStrict(headers.one("Content-Security-Policy"), what);
          assertFalse(headers.one("Server").toLowerCase(Locale.ROOT).contains("payara"), what);
          assertTrue(headers.all("X-Powered-By").stream().allMatch(String::isBlank), what);
          assertFalse(response.body().contains("Error report"), what + ": our own error page");
          assertFalse(response.body().contains(".java:"), what);
        });
    String csp = new HttpHeaders(responses.get("page")).one("Content-Security-Policy");
    assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), "the page's nonce: " + csp);
    assertTrue(
        responses.get("416 of a static file").body().contains("Trust Intranet"),
        "our page: " + responses.get("416 of a static file").body());
  }

  @Test
  void anAjaxErrorNamesNoClass() {
    IntranetClient admin = signedIn("school.admin");
    String schools = admin.get("schools/index.xhtml").body();
    long oakfield = schoolId(schools, "Oakfield Primary School");
    long riverside = schoolId(schools, "Riverside Academy");
    admin.get("schools/members.xhtml?id=" + oakfield);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("addExisting", "addExisting");
    fields.put("id", Long.toString(riverside));
    // Helen herself: the page keeps its own school (Oakfield), where she is school admin already.
    fields.put("addExisting:existingEmail", "school.admin" + DOMAIN);
    fields.put("addExisting:existingRole", "SCHOOL_ADMIN");
    fields.put("jakarta.faces.ViewState", admin.lastViewState());
    fields.put("primefaces.nonce", admin.lastNonce());
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "addExisting:add");
    fields.put("jakarta.faces.partial.execute", "addExisting");
    fields.put("jakarta.faces.partial.render", "addExisting members");
    fields.put("addExisting:add", "addExisting:add");
    HttpResponse<String> crafted =
        admin.postFields(
            "schools/members.xhtml?id=" + riverside,
            fields,
            Map.of("Faces-Request", "partial/ajax"));
    String body = crafted.body();
    assertFalse(body.contains("<error-name>"), body);
    assertFalse(body.contains("org.trustintranet"), body);
    assertFalse(body.contains("Exception"), body);
    assertFalse(
        signedIn("riverside.admin")
            .get("schools/members.xhtml?id=" + riverside)
            .body()
            .contains("Helen Barker"),
        "nobody was added to Riverside");
  }

  /** The script policy allows this site's files and the page's nonce: no inline code, no eval. */
  private static void assertStrict(String policy, String what) {
    Matcher script = Pattern.compile("script-src ([^;]*)").matcher(policy);
    assertTrue(script.find(), what + ": a script policy: " + policy);
    assertFalse(script.group(1).contains("'unsafe-inline'"), what + ": " + policy);
    assertFalse(script.group(1).contains("'unsafe-eval'"), what + ": " + policy);
    assertFalse(script.group(1).contains("*"), what + ": " + policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
    assertTrue(policy.contains("object-src 'none'"), what + ": " + policy);
  }

  private HttpResponse<String> send(String path, String header, String value) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(loopback(base).resolve(path))
                  .header(header, value)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long schoolId(String page, String name) {
    Matcher m =
        Pattern.compile("school\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(name)).matcher(page);
    assertTrue(m.find(), name + " is listed");
    return Long.parseLong(m.group(1));
  }

  /** A response's headers, case as HTTP has it (none). */
  private record HttpHeaders(HttpResponse<String> response) {
    List<String> all(String name) {
      return response.headers().allValues(name);
    }

    String one(String name) {
      return response.headers().firstValue(name).orElse("");
    }
  }
}
