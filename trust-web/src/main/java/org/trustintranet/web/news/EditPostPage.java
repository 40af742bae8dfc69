package org.trustintranet.web.news;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostDraft;
import org.trustintranet.news.application.PostForm;
import org.trustintranet.news.application.PublishingScope;
import org.trustintranet.news.application.SchoolOption;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs news/edit.xhtml: a new post (no id) or changes to one, saved as a draft or published. The
 * audience offered is the one the service says this person may publish to; the version loaded is
 * kept, so that a change someone else saved meanwhile is reported, never overwritten.
 */
@Named
@ViewScoped
public class EditPostPage extends IdPage {
  private static final long serialVersionUID = 1L;

  /** The audience choices of the form. */
  public static final String WHOLE_TRUST = "TRUST";

  public static final String SCHOOLS = "SCHOOLS";

  @Inject NewsService news;
  @Inject Feedback feedback;

  private PublishingScope scope;
  private long loadedVersion;
  private boolean draft = true;
  private String title;
  private String summary;
  private String body;
  private String audience = SCHOOLS;
  private List<String> schools = new ArrayList<>();
  private List<String> roles = new ArrayList<>();
  private boolean pinned;
  private boolean mustRead;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    scope = news.publishingScope();
    if (!scope.mayPublish()) {
      ViewParams.forbidden(faces);
      return;
    }
    if (scope.wholeTrust() && getId() == null) {
      audience = WHOLE_TRUST;
    }
    if (getId() == null) {
      return;
    }
    PostDraft loaded;
    try {
      loaded = news.draft(getId());
    } catch (NotFoundException e) {
      ViewParams.notFound(faces);
      return;
    } catch (NotPermittedException e) {
      ViewParams.forbidden(faces);
      return;
    }
    loadedVersion = loaded.version();
    draft = loaded.draft();
    PostForm form = loaded.form();
    title = form.title();
    summary = form.summary();
    body = form.body();
    audience = form.wholeTrust() ? WHOLE_TRUST : SCHOOLS;
    schools = new ArrayList<>(form.schoolIds().stream().map(String::valueOf).toList());
    roles = new ArrayList<>(form.roles().stream().map(Enum::name).toList());
    pinned = form.pinned();
    mustRead = form.mustRead();
  }

  public String saveDraft() {
    return save(
        () ->
            getId() == null
                ? news.saveDraft(form())
                : run(() -> news.revise(getId(), loadedVersion, form())),
        "news.draftSaved");
  }

  public String publish() {
    return save(
        () -> {
          if (getId() == null) {
            return news.publish(form());
          }
          return draft
              ? run(() -> news.publishDraft(getId(), loadedVersion, form()))
              : run(() -> news.revise(getId(), loadedVersion, form()));
        },
        "news.published");
  }

  private long run(Runnable action) {
    action.run();
    return getId();
  }

  private String save(Supplier<Long> action, String successKey) {
    if (SCHOOLS.equals(audience) && schools.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      String text = feedback.text("error.news.audienceEmpty");
      faces.addMessage("edit:schools", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      faces.validationFailed();
      return null;
    }
    Long saved = feedback.attempt(action, successKey);
    return saved == null ? null : "/news/post?faces-redirect=true&id=" + saved;
  }

  private PostForm form() {
    boolean trust = WHOLE_TRUST.equals(audience);
    Set<Long> schoolIds = new LinkedHashSet<>();
    if (!trust) {
      for (String s : schools) {
        Long id = ViewParams.parseId(s);
        if (id == null) {
          throw new BusinessException("error.news.unknownSchool");
        }
        schoolIds.add(id);
      }
    }
    Set<SchoolRole> chosenRoles = EnumSet.noneOf(SchoolRole.class);
    for (String r : roles) {
      chosenRoles.add(
          SchoolRole.parse(r).orElseThrow(() -> new BusinessException("error.news.unknownRole")));
    }
    return new PostForm(title, summary, body, trust, schoolIds, chosenRoles, pinned, mustRead);
  }

  public List<SchoolOption> getSchoolOptions() {
    return scope == null ? List.of() : scope.schools();
  }

  public boolean isWholeTrustAllowed() {
    return scope != null && scope.wholeTrust();
  }

  public SchoolRole[] getRoleOptions() {
    return SchoolRole.values();
  }

  public boolean isNew() {
    return getId() == null;
  }

  public boolean isDraft() {
    return draft;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public List<String> getSchools() {
    return schools;
  }

  public void setSchools(List<String> schools) {
    this.schools = schools == null ? new ArrayList<>() : new ArrayList<>(schools);
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public boolean isMustRead() {
    return mustRead;
  }

  public void setMustRead(boolean mustRead) {
    this.mustRead = mustRead;
  }
}
