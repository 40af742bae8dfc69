package org.trustintranet.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustintranet.it.IntranetClient;

/** Shares a file through the library's pages, as a browser running the page's uploader does. */
final class LibraryPages {
  private static final Pattern RESOURCE_ID =
      Pattern.compile("library/resource\\.xhtml\\?id=(\\d+)");
  private static final Pattern TOKEN = Pattern.compile("data-upload-token=\"([^\"]+)\"");
  private static final Pattern STAGED_ID = Pattern.compile("\"id\":(\\d+)");

  private LibraryPages() {}

  /** The share page's upload token (its uploader sends it with each file). */
  static String uploadToken(String sharePage) {
    Matcher token = TOKEN.matcher(sharePage);
    assertTrue(token.find(), "the share page has its uploader");
    return token.group(1);
  }

  /**
   * Posts {@code content} to the library's upload address as the share page's uploader does (the
   * raw bytes, the name percent-encoded, the page's token).
   */
  static HttpResponse<String> upload(
      IntranetClient who, String sharePage, String fileName, byte[] content) {
    return who.postRaw(
        "library/upload",
        HttpRequest.BodyPublishers.ofByteArray(content),
        Map.of(
            "X-Upload-Token",
            uploadToken(sharePage),
            "X-File-Name",
            URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")));
  }

  /** The staged file's id in the upload address's answer (201). */
  static long stagedId(HttpResponse<String> uploaded) {
    assertEquals(201, uploaded.statusCode(), "uploaded: " + uploaded.body());
    Matcher id = STAGED_ID.matcher(uploaded.body());
    assertTrue(id.find(), uploaded.body());
    return Long.parseLong(id.group(1));
  }

  /** The page's remote command that takes the staged file into its list (ajax). */
  static HttpResponse<String> attach(IntranetClient who, long stagedId) {
    Map<String, String> attach = new LinkedHashMap<>();
    attach.put("jakarta.faces.partial.ajax", "true");
    attach.put("jakarta.faces.source", "upload:attach");
    attach.put("jakarta.faces.partial.execute", "upload:attach");
    attach.put("jakarta.faces.partial.render", "upload:staged");
    attach.put("upload:attach", "upload:attach");
    attach.put("stagedId", Long.toString(stagedId));
    return who.post("library/share.xhtml", "upload", attach);
  }

  /**
   * Uploads {@code content} as {@code fileName} on library/share.xhtml (the upload form's file
   * field), then shares it with the metadata at the school named {@code school}; returns the new
   * resource's id (from the redirect to its page).
   */
  static long share(
      IntranetClient who,
      String school,
      String fileName,
      byte[] content,
      String title,
      String visibility) {
    String page = who.get("library/share.xhtml").body();
    Matcher option =
        Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(school)).matcher(page);
    assertTrue(option.find(), "the share page offers " + school);
    long stagedId = stagedId(upload(who, page, fileName, content));
    HttpResponse<String> staged = attach(who, stagedId);
    assertEquals(200, staged.statusCode(), "staged");
    assertTrue(staged.body().contains("staged-name"), "the file is listed: " + staged.body());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("share:link", "");
    fields.put("share:school", option.group(1));
    fields.put("share:title", title);
    fields.put("share:description", "Shared by a test.");
    fields.put("share:subject", "MATHEMATICS");
    fields.put("share:keyStage", "KS2");
    fields.put("share:type", "WORKSHEET");
    fields.put("share:licence", "OGL");
    fields.put("share:visibility", visibility);
    fields.put("share:tags", "fractions");
    fields.put("share:submit", "");
    HttpResponse<String> shared = who.post("library/share.xhtml", "share", fields);
    Matcher id = RESOURCE_ID.matcher(shared.headers().firstValue("Location").orElse(""));
    assertTrue(id.find(), "redirected to the resource: " + shared.statusCode() + shared.body());
    return Long.parseLong(id.group(1));
  }
}
