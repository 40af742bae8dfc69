package org.trustintranet.web.library;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.resources.application.ResourceForm;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.resources.application.SchoolOption;
import org.trustintranet.resources.application.StagedFile;
import org.trustintranet.web.support.Feedback;

/**
 * Backs library/share.xhtml: files dropped or chosen are each posted by the page's uploader
 * (library-upload.js, one at a time, with a progress bar) to the library's upload address, which
 * streams them to the service, which checks them and keeps them staged; the page takes each into
 * its list ({@link #attach()}) and lists them, each with "Remove". Or a link instead of files. Then
 * the metadata, once for all of them, and "Share": one resource per file (or the link), at one of
 * the schools where the person may share; one resource opens its page, several "My resources".
 */
@Named
@ViewScoped
public class SharePage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The request parameter of {@link #attach()}: the staged file's id. */
  static final String STAGED_PARAMETER = "stagedId";

  @Inject ResourceService resources;
  @Inject Feedback feedback;
  @Inject FacesContext faces;

  private final ResourceForm form = new ResourceForm();
  private final List<StagedFile> staged = new ArrayList<>();
  private List<SchoolOption> schools;

  /** Chooses the school when the person may share at one only. */
  public void load() {
    List<SchoolOption> options = getSchools();
    if (options.size() == 1 && form.getSchoolId() == null) {
      form.setSchoolId(options.get(0).id());
    }
  }

  /**
   * One file arrived at the library's upload address ({@link LibraryUploadServlet}, posted by the
   * page's uploader, which then calls this with its id in the request parameter {@value
   * #STAGED_PARAMETER}): taken into the list when it is one of the person's staged files.
   */
  public void attach() {
    String sent = faces.getExternalContext().getRequestParameterMap().get(STAGED_PARAMETER);
    long stagedId;
    try {
      stagedId = Long.parseLong(sent == null ? "" : sent.strip());
    } catch (NumberFormatException e) {
      return; // not the uploader's call: nothing to take in
    }
    StagedFile done = feedback.attempt(() -> resources.staged(stagedId), null);
    if (done != null) {
      synchronized (staged) {
        if (staged.stream().noneMatch(s -> s.id() == stagedId)) {
          staged.add(done);
        }
      }
      feedback.info("resources.share.staged", done.fileName());
    }
  }

  /** Takes a staged file off the list (and out of the store when nothing else uses its bytes). */
  public void remove(long stagedId) {
    feedback.attempt(() -> resources.discard(stagedId), null);
    synchronized (staged) {
      staged.removeIf(s -> s.id() == stagedId);
    }
  }

  /** Shares the files (or the link) with the metadata; opens the new resource or "My resources". */
  public String share() {
    List<Long> ids;
    synchronized (staged) {
      ids = staged.stream().map(StagedFile::id).toList();
    }
    List<Long> made =
        feedback.attempt(
            () -> MetadataErrors.atTheField(feedback, "share", () -> resources.share(form, ids)),
            "resources.sharedDone");
    if (made == null) {
      return null;
    }
    synchronized (staged) {
      staged.clear();
    }
    if (made.size() == 1) {
      return "/library/resource?faces-redirect=true&id=" + made.get(0);
    }
    return "/library/mine?faces-redirect=true";
  }

  public ResourceForm getForm() {
    return form;
  }

  public List<StagedFile> getStaged() {
    synchronized (staged) {
      return List.copyOf(staged);
    }
  }

  /** The schools where the person may share (none: the page says so, with no form). */
  public List<SchoolOption> getSchools() {
    if (schools == null) {
      schools = resources.sharingSchools();
    }
    return schools;
  }
}
