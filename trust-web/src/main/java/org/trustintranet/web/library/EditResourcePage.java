package org.trustintranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trustintranet.resources.application.ResourceForm;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;

/**
 * Backs library/edit.xhtml: a resource's metadata as it is, to change (its owner, its school's
 * admins, trust admins); the school stays. Anyone else, or an id that names nothing, gets 404.
 */
@Named
@ViewScoped
public class EditResourcePage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject ResourceService resources;
  @Inject Feedback feedback;

  private ResourceForm form;

  public void load() {
    form = readOrNotFound(id -> resources.editForm(id));
  }

  /** Saves the metadata and shows the resource. */
  public String save() {
    if (form == null) {
      return null;
    }
    boolean saved =
        feedback.attempt(
                () ->
                    MetadataErrors.atTheField(
                        feedback,
                        "edit",
                        () -> {
                          resources.revise(getId(), form);
                          return Boolean.TRUE;
                        }),
                "resources.saved")
            != null;
    return saved ? "/library/resource?faces-redirect=true&id=" + getId() : null;
  }

  public ResourceForm getForm() {
    return form;
  }

  /** True for a resource that is a link: its address can be changed here. */
  public boolean isLink() {
    return form != null && form.getLink() != null;
  }
}
