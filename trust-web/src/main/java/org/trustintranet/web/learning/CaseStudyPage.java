package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.trustintranet.networks.application.CaseStudyDetail;
import org.trustintranet.networks.application.CaseStudyFileService;
import org.trustintranet.networks.application.CaseStudyService;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;

/**
 * Backs learning/case-study.xhtml?id=CASE_STUDY: one case study, its history, and the next step for
 * whoever may take it: submit (its authors and school admins), return with comments or approve (an
 * education officer), publish (an education officer); its files, added and removed by its authors
 * while editable. One the asker may not see answers 404. Each action names the case study of the
 * page's id (see {@link IdPage}); the service checks again.
 */
@Named
@ViewScoped
public class CaseStudyPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject CaseStudyService studies;
  @Inject CaseStudyFileService files;
  @Inject Feedback feedback;

  private CaseStudyDetail detail;
  private String comments;

  public void load() {
    detail = readOrNotFound(id -> studies.caseStudy(id));
  }

  private void reload() {
    CaseStudyDetail again = feedback.attempt(() -> studies.caseStudy(getId()), null);
    if (again != null) {
      detail = again;
    }
  }

  public void submit() {
    if (detail != null && feedback.attempt(() -> studies.submit(getId()), "caseStudy.submitted")) {
      reload();
    }
  }

  public void sendBack() {
    if (detail != null
        && feedback.attempt(
            () -> studies.returnWithComments(getId(), comments), "caseStudy.returned")) {
      comments = null;
      reload();
    }
  }

  public void approve() {
    if (detail != null && feedback.attempt(() -> studies.approve(getId()), "caseStudy.approved")) {
      reload();
    }
  }

  public void publish() {
    if (detail != null
        && feedback.attempt(() -> studies.publish(getId()), "caseStudy.publishedNow")) {
      reload();
    }
  }

  /** A file arrived: attached to the case study, the container's temporary copy deleted. */
  public void upload(FileUploadEvent event) {
    if (detail == null || !detail.mayEdit()) {
      return;
    }
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      if (feedback.attempt(
              () -> files.attach(getId(), file.getFileName(), in),
              "caseStudy.attached",
              file.getFileName())
          != null) {
        reload();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        file.delete();
      } catch (IOException | RuntimeException e) {
        // left to the container
      }
    }
  }

  /** Removes a file the page lists. */
  public void detach(long fileId) {
    if (detail != null
        && detail.files().stream().anyMatch(f -> f.id() == fileId)
        && feedback.attempt(() -> files.detach(fileId), "caseStudy.detached")) {
      reload();
    }
  }

  public CaseStudyDetail getDetail() {
    return detail;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }
}
