package org.trustintranet.web.schools;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.membership.application.ImportPreview;
import org.trustintranet.membership.application.ImportResult;
import org.trustintranet.membership.application.ImportRow;
import org.trustintranet.membership.application.ImportRowStatus;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.StaffImportService;
import org.trustintranet.web.support.Feedback;

/**
 * Backs schools/import.xhtml: upload a staff CSV, see what each row would do, then confirm. Nothing
 * is written before the confirmation, and confirming plans the rows again against the data of that
 * moment.
 */
@Named
@ViewScoped
public class StaffImportView extends SchoolAdminPage {
  private static final long serialVersionUID = 1L;

  @Inject StaffImportService imports;
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject Feedback feedback;

  private transient Part file;
  private ImportPreview preview;

  public void load() {
    loadAdministeredSchool(schools, currentUser);
  }

  public void previewFile() {
    preview = null;
    if (file == null || file.getSize() == 0) {
      feedback.error("error.import.empty");
      return;
    }
    preview =
        feedback.attempt(
            () -> {
              try (InputStream in = file.getInputStream()) {
                return imports.preview(getId(), in);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            null);
  }

  public void confirm() {
    if (preview == null) {
      return;
    }
    ImportResult result = feedback.attempt(() -> imports.apply(getId(), preview), null);
    if (result != null) {
      if (result.created() + result.changed() == 0) {
        feedback.info("import.nothingToDo");
      } else {
        feedback.info("import.done", result.created(), result.changed());
      }
      preview = null;
    }
  }

  public String errorText(ImportRow row) {
    return row.errorKey() == null
        ? ""
        : feedback.text(row.errorKey(), row.errorArguments().toArray());
  }

  /**
   * The planner's words for what changes, as import.change.* keys; others are shown as they are.
   */
  private static final Map<String, String> CHANGE_KEYS =
      Map.of(
          "name", "import.change.name",
          "job title", "import.change.jobTitle",
          "joins school", "import.change.joinsSchool");

  private static final Pattern ROLE_CHANGE = Pattern.compile("role: (\\w+) → (\\w+)");

  /** What a CHANGED row changes, in the page's language. */
  public String changesText(ImportRow row) {
    return row.changes().stream().map(this::changeText).collect(Collectors.joining(", "));
  }

  private String changeText(String change) {
    Matcher role = ROLE_CHANGE.matcher(change);
    if (role.matches()) {
      return feedback.text(
          "import.change.role",
          feedback.text("role." + role.group(1)),
          feedback.text("role." + role.group(2)));
    }
    String key = CHANGE_KEYS.get(change);
    return key == null ? change : feedback.text(key);
  }

  public String getConfirmLabel() {
    return feedback.text("import.confirm", preview == null ? 0 : preview.importable());
  }

  public int count(String status) {
    return preview == null ? 0 : preview.count(ImportRowStatus.valueOf(status));
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
