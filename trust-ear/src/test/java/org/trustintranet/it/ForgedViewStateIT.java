package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.PASSWORD;
import static org.trustintranet.it.TestData.loopback;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * A post whose view state cannot be restored (forged, guessed, "stateless") never reaches an
 * action, whatever else it lacks: every form the intranet shows to a trust admin and a school admin
 * (found by crawling the pages, not listed by hand) is posted with a forged view state and without
 * PrimeFaces' nonce, plainly and as a PrimeFaces ajax request, and nothing changes: the audit trail
 * (every change is audited) does not grow, no success message is shown, the session stays signed
 * in. A real post, with the page's view state and nonce, does change the audit trail, so the oracle
 * can see a change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgedViewStateIT {

  /** What an attacker may send instead of a view state the server handed out. */
  static final List<String> FORGED = List.of("1:1", "garbage", "stateless", "AAAA");

  private static final Pattern LINK = Pattern.compile("href=\"([^\"#]+)[^\"]*\"");
  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
  private static final Pattern SELECT =
      Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
  private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
  private static final Pattern AUDIT_ROWS =
      Pattern.compile("id=\"audit:entries_data\"(.*?)</tbody>", Pattern.DOTALL);

  /** A success message of p:messages (the page says something was done). */
  private static final String SUCCESS = "ui-messages-info";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.intranet();
  }

  @ArquillianResource URL base;

  private IntranetClient signedIn(String user) {
    return IntranetClient.signedIn(base, user);
  }

  /** A form of a page, with the fields a person would send and its submit buttons. */
  record Form(
      String page, String action, String id, Map<String, String> fields, List<String> buttons) {}

  @Test
  void noFormOfTheIntranetObeysAForgedViewState() {
    IntranetClient auditor = signedIn("trust.admin");
    int forms = 0;
    int buttons = 0;
    int posts = 0;
    for (String user : List.of("trust.admin", "school.admin")) {
      IntranetClient client = signedIn(user);
      Set<String> covered = new LinkedHashSet<>();
      Set<String> formsCovered = new LinkedHashSet<>();
      for (String page : crawl(client)) {
        for (Form form : forms(page, client.get(page).body())) {
          for (String button : form.buttons()) {
            String key = pathOf(page) + " " + form.id() + " " + button.replaceAll(":\\d+:", ":n:");
            if (!covered.add(key)) {
              continue;
            }
            formsCovered.add(pathOf(page) + " " + form.id());
            String before = auditRows(auditor);
            String forged = FORGED.get(posts % FORGED.size());
            refused(
                client.postFields(form.action(), plainPost(form, button, forged), Map.of()),
                false,
                user,
                key,
                forged);
            posts++;
            forged = FORGED.get(posts % FORGED.size());
            refused(
                client.postFields(
                    form.action(),
                    ajaxPost(form, button, forged),
                    Map.of("Faces-Request", "partial/ajax")),
                true,
                user,
                key,
                forged);
            posts++;
            assertEquals(before, auditRows(auditor), user + ": nothing audited after " + key);
            assertEquals(
                200,
                client.get("index.xhtml").statusCode(),
                user + " still signed in after " + key);
          }
        }
      }
      System.out.printf(
          "ForgedViewStateIT: %s: %d forms, %d buttons covered: %s%n",
          user, formsCovered.size(), covered.size(), covered);
      forms += formsCovered.size();
      buttons += covered.size();
    }
    System.out.printf(
        "ForgedViewStateIT: %d forms and %d buttons covered, %d forged posts refused%n",
        forms, buttons, posts);
    assertTrue(forms >= 12, "the crawl found the intranet's forms: " + forms);
  }

  @Test
  void theReportedProfilePostIsRefusedWithAndWithoutTheNonce() {
    IntranetClient auditor = signedIn("trust.admin");
    IntranetClient teacher = signedIn("teacher");
    for (String forged : FORGED) {
      for (boolean withNonce : List.of(false, true)) {
        teacher.get("profile.xhtml");
        String nonce = teacher.lastNonce();
        String before = auditRows(auditor);
        String title = "Forged title " + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jobTitle", "jobTitle");
        fields.put("jobTitle:title", title);
        fields.put("jakarta.faces.ViewState", forged);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "jobTitle:save");
        fields.put("jakarta.faces.partial.execute", "@all");
        fields.put("jakarta.faces.partial.render", "jobTitle");
        fields.put("jobTitle:save", "jobTitle:save");
        if (withNonce) {
          fields.put("primefaces.nonce", nonce);
        }
        HttpResponse<String> response = teacher.postFields("profile.xhtml", fields, Map.of());
        refused(response, true, "teacher", "profile (nonce " + withNonce + ")", forged);
        assertEquals(before, auditRows(auditor), "nothing audited: " + forged + " " + withNonce);
        assertFalse(teacher.get("profile.xhtml").body().contains(title), "not saved: " + forged);
      }
    }
  }

  @Test
  void aRealPostOfTheProfileFormChangesTheJobTitleAndTheAuditTrail() {
    IntranetClient auditor = signedIn("trust.admin");
    IntranetClient teacher = signedIn("teacher");
    String before = auditRows(auditor);
    teacher.get("profile.xhtml");
    String title = "Head of year " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> saved =
        teacher.postFields(
            "profile.xhtml",
            ajaxFields(teacher, title, teacher.lastViewState(), teacher.lastNonce()),
            Map.of("Faces-Request", "partial/ajax"));
    assertEquals(200, saved.statusCode());
    assertTrue(saved.body().contains("Your job title was saved"), saved.body());
    assertNotEquals(before, auditRows(auditor), "the change is audited: the oracle sees changes");
    assertTrue(teacher.get("profile.xhtml").body().contains(title));
  }

  @Test
  void aRealViewStateWithoutTheNonceIsRefusedWithoutShowingInternals() {
    IntranetClient auditor = signedIn("trust.admin");
    IntranetClient teacher = signedIn("teacher");
    for (boolean ajax : List.of(false, true)) {
      teacher.get("profile.xhtml");
      String before = auditRows(auditor);
      String title = "No nonce " + UUID.randomUUID();
      Map<String, String> fields = ajaxFields(teacher, title, teacher.lastViewState(), null);
      if (!ajax) {
        fields.remove("jakarta.faces.partial.ajax");
      }
      HttpResponse<String> response =
          teacher.postFields(
              "profile.xhtml", fields, ajax ? Map.of("Faces-Request", "partial/ajax") : Map.of());
      refused(response, ajax, "teacher", "profile without nonce", "(real)");
      assertEquals(before, auditRows(auditor), "nothing audited without the nonce");
      assertFalse(teacher.get("profile.xhtml").body().contains(title));
    }
  }

  @Test
  void theSignInFormWorksWithoutJavaScript() {
    IntranetClient guest = new IntranetClient(loopback(base));
    for (String password : List.of("not the password", PASSWORD)) {
      // A browser without JavaScript sends the form's fields as the page has them, no more.
      Form login =
          forms("login.xhtml", guest.get("login.xhtml").body()).stream()
              .filter(f -> f.id().equals("login"))
              .findFirst()
              .orElseThrow();
      Map<String, String> fields = new LinkedHashMap<>(login.fields());
      fields.putAll(IntranetClient.signInFields("teacher" + DOMAIN, password));
      fields.put("jakarta.faces.ViewState", guest.lastViewState());
      HttpResponse<String> response = guest.postFields(login.action(), fields, Map.of());
      if (password.equals(PASSWORD)) {
        assertEquals(302, response.statusCode(), "signed in");
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"));
      } else {
        assertEquals(200, response.statusCode());
        assertTrue(
            response.body().contains("The email address or password is not right"),
            response.body());
      }
    }
    assertEquals(200, guest.get("index.xhtml").statusCode(), "signed in without JavaScript");
    IntranetClient forger = new IntranetClient(loopback(base));
    forger.get("login.xhtml");
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("login", "login");
    forged.putAll(IntranetClient.signInFields("teacher" + DOMAIN, PASSWORD));
    forged.put("jakarta.faces.ViewState", "stateless");
    forger.postFields("login.xhtml", forged, Map.of());
    assertEquals(302, forger.get("index.xhtml").statusCode(), "a forged sign-in signs nobody in");
  }

  private static Map<String, String> ajaxFields(
      IntranetClient client, String title, String viewState, String nonce) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jobTitle", "jobTitle");
    fields.put("jobTitle:title", title);
    fields.put("jakarta.faces.ViewState", viewState);
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "jobTitle:save");
    fields.put("jakarta.faces.partial.execute", "@all");
    fields.put("jakarta.faces.partial.render", "jobTitle");
    fields.put("jobTitle:save", "jobTitle:save");
    if (nonce != null) {
      fields.put("primefaces.nonce", nonce);
    }
    return fields;
  }

  /**
   * The forged post was refused: sent to an error page (a redirect, or an ajax redirect), or
   * answered with an error status; never a success message, never a class name or stack trace.
   */
  private static void refused(
      HttpResponse<String> response, boolean ajax, String user, String what, String forged) {
    String context = user + " " + (ajax ? "ajax " : "plain ") + what + " with " + forged;
    String body = response.body();
    int status = response.statusCode();
    boolean redirected =
        status == 302 && response.headers().firstValue("Location").orElse("").contains("/errors/");
    boolean ajaxRedirected =
        status == 200
            && body.contains("<partial-response")
            && body.contains("<redirect url=\"")
            && body.contains("/errors/");
    boolean errorStatus = status >= 400 && status < 500;
    assertTrue(
        redirected || ajaxRedirected || errorStatus,
        context + ": refused, not " + status + " " + abbreviate(body));
    assertFalse(body.contains(SUCCESS), context + ": no success message");
    assertFalse(body.contains(".java:"), context + ": no stack trace");
    assertFalse(body.contains("org.primefaces") || body.contains("org.trustintranet"), context);
    assertFalse(body.contains("Exception"), context + ": no exception named");
  }

  private static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }

  /** The newest page of the audit trail (newest first): any new entry changes it. */
  private static String auditRows(IntranetClient auditor) {
    String page = auditor.get("admin/audit.xhtml").body();
    Matcher rows = AUDIT_ROWS.matcher(page);
    assertTrue(rows.find(), "the audit trail shows its table");
    return rows.group(1);
  }

  /**
   * The pages a user reaches by following links from the home page (at most two addresses per page
   * path, e.g. two schools), sign-in and error pages aside.
   */
  private static List<String> crawl(IntranetClient client) {
    List<String> found = new ArrayList<>();
    Map<String, Integer> perPath = new HashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of("index.xhtml"));
    while (!queue.isEmpty() && found.size() < 40) {
      String page = queue.poll();
      if (!seen.add(page) || perPath.merge(pathOf(page), 1, Integer::sum) > 2) {
        continue;
      }
      HttpResponse<String> response = client.get(page);
      if (response.statusCode() != 200) {
        continue;
      }
      found.add(page);
      Matcher link = LINK.matcher(response.body());
      while (link.find()) {
        String href = unescape(link.group(1));
        if (href.startsWith("/")
            && href.contains(".xhtml")
            && !href.startsWith("/jakarta.faces.resource/")
            && !href.startsWith("/login.xhtml")
            && !href.startsWith("/errors/")
            && !href.startsWith("/floor.xhtml")) {
          queue.add(href.substring(1));
        }
      }
    }
    return found;
  }

  private static String pathOf(String page) {
    int query = page.indexOf('?');
    return query < 0 ? page : page.substring(0, query);
  }

  /** The forms of a page, each with the values a person would submit and its submit buttons. */
  static List<Form> forms(String page, String html) {
    List<Form> forms = new ArrayList<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      Map<String, String> attributes = attributes(form.group(1));
      String content = form.group(2);
      Map<String, String> fields = new LinkedHashMap<>();
      List<String> buttons = new ArrayList<>();
      Matcher input = INPUT.matcher(content);
      while (input.find()) {
        Map<String, String> a = attributes(input.group(1));
        String name = a.get("name");
        String type = a.getOrDefault("type", "text");
        if (name == null || name.equals("jakarta.faces.ViewState") || type.equals("file")) {
          continue;
        }
        switch (type) {
          case "submit" -> buttons.add(name);
          case "checkbox", "radio" -> {
            if (a.containsKey("checked")) {
              fields.put(name, a.getOrDefault("value", "on"));
            }
          }
          case "hidden" -> fields.put(name, a.getOrDefault("value", ""));
          default -> fields.put(name, fill(name, type, a.getOrDefault("value", "")));
        }
      }
      Matcher select = SELECT.matcher(content);
      while (select.find()) {
        String name = attributes(select.group(1)).get("name");
        String chosen = null;
        Matcher option = OPTION.matcher(select.group(2));
        while (option.find()) {
          Map<String, String> a = attributes(option.group(1));
          String value = a.getOrDefault("value", "");
          if (a.containsKey("selected") || (chosen == null || chosen.isEmpty())) {
            chosen = value;
          }
        }
        if (name != null && chosen != null) {
          fields.put(name, chosen);
        }
      }
      Matcher button = BUTTON.matcher(content);
      while (button.find()) {
        Map<String, String> a = attributes(button.group(1));
        if (!"button".equals(a.get("type")) && a.get("name") != null) {
          buttons.add(a.get("name"));
        }
      }
      String action = unescape(attributes.getOrDefault("action", "/" + page));
      forms.add(
          new Form(
              page,
              action.startsWith("/") ? action.substring(1) : action,
              attributes.get("id"),
              fields,
              buttons));
    }
    return forms;
  }

  /** What a forger types into an empty field: plausible enough to pass validation. */
  private static String fill(String name, String type, String value) {
    if (!value.isEmpty()) {
      return value;
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (type.equals("email") || lower.contains("email")) {
      return "forged." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
    if (type.equals("password") || lower.contains("password")) {
      return "Forged-password-" + UUID.randomUUID();
    }
    if (lower.contains("urn")) {
      return "765432";
    }
    return "Forged";
  }

  private static Map<String, String> plainPost(Form form, String button, String forged) {
    Map<String, String> fields = new LinkedHashMap<>(form.fields());
    fields.put(button, button);
    fields.put("jakarta.faces.ViewState", forged);
    return fields;
  }

  private static Map<String, String> ajaxPost(Form form, String button, String forged) {
    Map<String, String> fields = plainPost(form, button, forged);
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", button);
    fields.put("jakarta.faces.partial.execute", "@all");
    fields.put("jakarta.faces.partial.render", "@all");
    return fields;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new HashMap<>();
    Matcher a = ATTRIBUTE.matcher(tag);
    while (a.find()) {
      attributes.put(a.group(1), unescape(a.group(2)));
    }
    // Boolean attributes written without a value (e.g. selected="selected" is the usual form).
    for (String flag : List.of("checked", "selected")) {
      if (tag.matches("(?s).*\\s" + flag + "(\\s.*|/?)$") && !attributes.containsKey(flag)) {
        attributes.put(flag, flag);
      }
    }
    return attributes;
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
