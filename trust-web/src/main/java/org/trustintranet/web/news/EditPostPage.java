package org.trustintranet.web.news;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.news.application.BannerImages;
import org.trustintranet.news.application.BannerUpload;
import org.trustintranet.news.application.NetworkOption;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostDraft;
import org.trustintranet.news.application.PostForm;
import org.trustintranet.news.application.PublishingScope;
import org.trustintranet.news.application.SchoolOption;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs news/edit.xhtml: a new post (no id) or changes to one, published now, scheduled for a time
 * or saved as a draft, with an optional end date and tags. The audience offered is the one the
 * service says this person may publish to; the version loaded is kept, so that a change someone
 * else saved meanwhile is reported, never overwritten. Times are chosen in the trust's time zone.
 * The service's refusals of a time, a tag or a banner image are also shown at their field. A banner
 * image comes with its alternative text; a post's banner is kept, replaced by a new file, or
 * removed.
 */
@Named
@ViewScoped
public class EditPostPage extends IdPage {
  private static final long serialVersionUID = 1L;

  /** The audience choices of the form. */
  public static final String WHOLE_TRUST = "TRUST";

  public static final String SCHOOLS = "SCHOOLS";
  public static final String NETWORK = "NETWORK";

  /** When to publish: the choices of the form. */
  public static final String NOW = "NOW";

  public static final String SCHEDULE = "SCHEDULE";
  public static final String DRAFT = "DRAFT";

  /** The trust's time zone, in which editors choose times. */
  static final ZoneId TRUST_ZONE = ZoneId.of("Europe/London");

  /** The field that shows each of the service's refusals of a time or a tag. */
  private static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("error.news.publishAtPast", "edit:publishAt"),
          Map.entry("error.news.expiresBeforePublish", "edit:expiresAt"),
          Map.entry("error.news.expiresPast", "edit:expiresAt"),
          Map.entry("error.news.tooManyTags", "edit:tags"),
          Map.entry("error.news.tagTooLong", "edit:tags"),
          Map.entry("error.news.tagInvalid", "edit:tags"),
          Map.entry("error.news.publicNeedsWholeTrust", "edit:publicFeed"),
          Map.entry(BannerImages.NOT_AN_IMAGE, "edit:banner"),
          Map.entry(BannerImages.TOO_MANY_PIXELS, "edit:banner"),
          Map.entry(BannerUpload.TOO_LARGE, "edit:banner"),
          Map.entry("error.news.bannerGone", "edit:banner"),
          Map.entry("error.news.bannerAltRequired", "edit:bannerAlt"));

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
  private String network;
  private boolean pinned;
  private boolean mustRead;
  private boolean publicFeed;
  private String when = NOW;
  private LocalDateTime publishAt;
  private LocalDateTime expiresAt;
  private String tags;
  private transient Part bannerFile;
  private String bannerId;
  private String bannerAlt;
  private boolean removeBanner;

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
    if (getId() == null && (network != null || scope.schools().isEmpty())) {
      audience = NETWORK; // asked for by a network's "Post to members", or a lead's only choice
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
    audience = form.networkId() != null ? NETWORK : form.wholeTrust() ? WHOLE_TRUST : SCHOOLS;
    network = form.networkId() == null ? null : String.valueOf(form.networkId());
    schools = new ArrayList<>(form.schoolIds().stream().map(String::valueOf).toList());
    roles = new ArrayList<>(form.roles().stream().map(Enum::name).toList());
    pinned = form.pinned();
    mustRead = form.mustRead();
    publicFeed = form.publicFeed();
    publishAt = local(form.publishAt());
    expiresAt = local(form.expiresAt());
    tags = form.tags();
    bannerId = form.bannerId();
    bannerAlt = form.bannerAlt();
    when = loaded.scheduled() ? SCHEDULE : loaded.draft() ? DRAFT : NOW;
  }

  private static LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, TRUST_ZONE);
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(TRUST_ZONE).toInstant();
  }

  /** Saves the post as the "when" choice says: published now, scheduled, or a draft. */
  public String save() {
    if (SCHEDULE.equals(when) && draft && publishAt == null) {
      fieldError("edit:publishAt", "news.publishAt.required");
      return null;
    }
    if (!draft) {
      return save(() -> run(() -> news.revise(getId(), loadedVersion, form())), "news.saved");
    }
    if (DRAFT.equals(when)) {
      return save(
          () ->
              getId() == null
                  ? news.saveDraft(form())
                  : run(() -> news.revise(getId(), loadedVersion, form())),
          "news.draftSaved");
    }
    return save(
        () ->
            getId() == null
                ? news.publish(form())
                : run(() -> news.publishDraft(getId(), loadedVersion, form())),
        SCHEDULE.equals(when) ? "news.scheduled" : "news.published");
  }

  private long run(Runnable action) {
    action.run();
    return getId();
  }

  private String save(Supplier<Long> action, String successKey) {
    if (SCHOOLS.equals(audience) && schools.isEmpty()) {
      fieldError("edit:schools", "error.news.audienceEmpty");
      return null;
    }
    Long saved = feedback.attempt(() -> feedback.atTheField(FIELD_OF::get, action), successKey);
    return saved == null ? null : "/news/post?faces-redirect=true&id=" + saved;
  }

  private void fieldError(String field, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = feedback.text(key);
    faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  private PostForm form() {
    boolean trust = WHOLE_TRUST.equals(audience);
    boolean toNetwork = NETWORK.equals(audience);
    Long networkId = toNetwork ? ViewParams.parseId(network) : null;
    if (toNetwork && networkId == null) {
      throw new BusinessException("error.news.notNetworkLead");
    }
    Set<Long> schoolIds = new LinkedHashSet<>();
    if (!trust && !toNetwork) {
      for (String s : schools) {
        Long id = ViewParams.parseId(s);
        if (id == null) {
          throw new BusinessException("error.news.unknownSchool");
        }
        schoolIds.add(id);
      }
    }
    Set<SchoolRole> chosenRoles = EnumSet.noneOf(SchoolRole.class);
    for (String r : toNetwork ? List.<String>of() : roles) {
      chosenRoles.add(
          SchoolRole.parse(r).orElseThrow(() -> new BusinessException("error.news.unknownRole")));
    }
    Instant at = draft && SCHEDULE.equals(when) ? instant(publishAt) : null;
    return new PostForm(title, summary, body, trust, schoolIds, chosenRoles, pinned, mustRead)
        .timed(at, instant(expiresAt))
        .tagged(tags)
        .inPublicFeed(publicFeed)
        .withBanner(upload(), removeBanner ? null : bannerId, bannerAlt)
        .toNetwork(networkId);
  }

  /** The image chosen in the banner field; none when no file was chosen. */
  private BannerUpload upload() {
    if (bannerFile == null || bannerFile.getSize() == 0) {
      return null;
    }
    try (InputStream in = bannerFile.getInputStream()) {
      return BannerUpload.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The address of the post's banner, to show it (none when it has none). */
  public String getBannerAddress() {
    return bannerId == null || getId() == null ? null : BannerServlet.address(getId(), bannerId);
  }

  /**
   * True for a postback that is not multipart (the fields alone, as a script may post them): the
   * file field is then left alone (disabled for that request), since the container refuses to read
   * parts from such a request. A browser always posts the form as multipart.
   */
  public boolean isFileFieldSkipped() {
    return ViewParams.isNonMultipartPostback(FacesContext.getCurrentInstance());
  }

  public boolean isHasBanner() {
    return bannerId != null;
  }

  public Part getBannerFile() {
    return bannerFile;
  }

  public void setBannerFile(Part bannerFile) {
    this.bannerFile = bannerFile;
  }

  public String getBannerAlt() {
    return bannerAlt;
  }

  public void setBannerAlt(String bannerAlt) {
    this.bannerAlt = bannerAlt;
  }

  public boolean isRemoveBanner() {
    return removeBanner;
  }

  public void setRemoveBanner(boolean removeBanner) {
    this.removeBanner = removeBanner;
  }

  public List<SchoolOption> getSchoolOptions() {
    return scope == null ? List.of() : scope.schools();
  }

  public boolean isWholeTrustAllowed() {
    return scope != null && scope.wholeTrust();
  }

  /** The networks whose members this person may post to (those they lead). */
  public List<NetworkOption> getNetworkOptions() {
    return scope == null ? List.of() : scope.networks();
  }

  /** More than one kind of audience to choose from: the form shows the choice. */
  public boolean isAudienceChoice() {
    int kinds =
        (isWholeTrustAllowed() ? 1 : 0)
            + (getSchoolOptions().isEmpty() ? 0 : 1)
            + (getNetworkOptions().isEmpty() ? 0 : 1);
    return kinds > 1 || isWholeTrustAllowed();
  }

  public String getNetwork() {
    return network;
  }

  /** The network chosen (its id as text); a view parameter presets it for a new post. */
  public void setNetwork(String network) {
    this.network = network == null || network.isBlank() ? null : network;
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

  public String getWhen() {
    return when;
  }

  public void setWhen(String when) {
    this.when = when;
  }

  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(LocalDateTime expiresAt) {
    this.expiresAt = expiresAt;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
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

  public boolean isPublicFeed() {
    return publicFeed;
  }

  public void setPublicFeed(boolean publicFeed) {
    this.publicFeed = publicFeed;
  }

  public boolean isMustRead() {
    return mustRead;
  }

  public void setMustRead(boolean mustRead) {
    this.mustRead = mustRead;
  }
}
