package org.trustintranet.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustintranet.it.IntranetClient;

/** Shares a file through the library's pages, as a browser without JavaScript's help would. */
final class LibraryPages {
  private static final Pattern RESOURCE_ID =
      Pattern.compile("library/resource\\.xhtml\\?id=(\\d+)");

  private LibraryPages() {}

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
    // as PrimeFaces' uploader sends a file: an ajax request executing the upload component
    Map<String, String> upload = new LinkedHashMap<>();
    upload.put("jakarta.faces.partial.ajax", "true");
    upload.put("jakarta.faces.source", "upload:files");
    upload.put("jakarta.faces.partial.execute", "upload:files");
    upload.put("jakarta.faces.partial.render", "upload:staged");
    upload.put("upload:files_totalFilesCount", "1");
    HttpResponse<String> staged =
        who.postMultipart(
            "library/share.xhtml", "upload", upload, "upload:files", fileName, content);
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
