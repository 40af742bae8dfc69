package org.trustintranet.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.resources.domain.ProblemReport;
import org.trustintranet.resources.domain.Rating;
import org.trustintranet.resources.domain.Resource;
import org.trustintranet.resources.domain.ResourceMetadata;
import org.trustintranet.resources.domain.ResourcePolicy;
import org.trustintranet.resources.domain.ResourceRepository;
import org.trustintranet.resources.domain.ResourceState;
import org.trustintranet.resources.domain.ResourceVersion;
import org.trustintranet.resources.domain.SafeFileName;
import org.trustintranet.resources.domain.StagedUpload;
import org.trustintranet.resources.domain.StoredFile;

/**
 * Sharing and keeping resources. Files are streamed into the store and checked from their bytes
 * before anything is written to the database; a refused file's bytes are removed unless another
 * upload or version uses the same bytes. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class ResourceServiceImpl implements ResourceService {
  static final String SUBJECT = "resource";

  /** The MicroProfile Config setting of the largest upload, in bytes. */
  public static final String MAX_UPLOAD_SETTING = "trust.resources.max-upload-bytes";

  /** 100 MB unless configured. */
  public static final long DEFAULT_MAX_UPLOAD = 100L * 1024 * 1024;

  @Inject ResourceRepository resources;
  @Inject ResourceAccess access;
  @Inject ResourceNames names;
  @Inject CurrentUser currentUser;
  @Inject FileStore files;
  @Inject ContentInspector inspector;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<VersionStored> versionStored;
  @Inject Event<LibraryChanged> changed;

  @Inject
  @ConfigProperty(name = MAX_UPLOAD_SETTING, defaultValue = "" + DEFAULT_MAX_UPLOAD)
  long maxUploadBytes;

  @Override
  public List<SchoolOption> sharingSchools() {
    UserProfile me = currentUser.requireSignedIn();
    List<SchoolOption> schools = new ArrayList<>();
    names
        .openSchools()
        .forEach(
            (id, name) -> {
              if (ResourcePolicy.mayShareAt(me, id)) {
                schools.add(new SchoolOption(id, name));
              }
            });
    return schools;
  }

  @Override
  public StagedFile stage(String fileName, InputStream in) {
    UserProfile me = currentUser.requireSignedIn();
    Objects.requireNonNull(in, "in");
    if (!mayShareAnywhere(me)) {
      throw new NotPermittedException();
    }
    String name = SafeFileName.of(fileName);
    StoredContent stored = files.store(in, maxUploadBytes);
    String type;
    try {
      type = inspector.allowedType(stored.id(), name);
    } catch (RuntimeException refused) {
      forgetBytes(stored.id().sha256Hex());
      throw refused;
    }
    StagedUpload upload =
        resources.addStaged(
            new StagedUpload(
                me.personId(),
                new StoredFile(stored.id().sha256Hex(), name, type, stored.size()),
                clock.instant()));
    resources.flush();
    return new StagedFile(upload.getId(), name, type, stored.size());
  }

  private boolean mayShareAnywhere(UserProfile me) {
    return me.isTrustAdmin()
        || me.schoolRoles().keySet().stream().anyMatch(s -> ResourcePolicy.mayShareAt(me, s));
  }

  @Override
  public StagedFile staged(long stagedId) {
    UserProfile me = currentUser.requireSignedIn();
    StagedUpload upload = mine(me, stagedId);
    StoredFile file = upload.file();
    return new StagedFile(upload.getId(), file.fileName(), file.mediaType(), file.size());
  }

  @Override
  public void discard(long stagedId) {
    UserProfile me = currentUser.requireSignedIn();
    StagedUpload upload = mine(me, stagedId);
    resources.removeStaged(upload);
    resources.flush();
    forgetBytes(upload.file().contentId());
  }

  private StagedUpload mine(UserProfile me, long stagedId) {
    return resources
        .staged(stagedId)
        .filter(u -> u.getPersonId() == me.personId())
        .orElseThrow(() -> new NotFoundException("error.resources.uploadNotFound"));
  }

  /** Removes bytes from the store when nothing of the library uses them any more. */
  public void forgetBytes(String contentId) {
    if (!resources.contentInUse(contentId)) {
      files.delete(new ContentId(contentId));
    }
  }

  @Override
  public List<Long> share(ResourceForm form, List<Long> stagedIds) {
    UserProfile me = currentUser.requireSignedIn();
    Long schoolId = form.getSchoolId();
    if (schoolId == null || !names.openSchools().containsKey(schoolId)) {
      throw new BusinessException("error.resources.schoolRequired");
    }
    if (!ResourcePolicy.mayShareAt(me, schoolId)) {
      throw new NotPermittedException();
    }
    ResourceMetadata metadata = form.metadata();
    List<StagedUpload> uploads = stagedIds.stream().distinct().map(id -> mine(me, id)).toList();
    if (uploads.isEmpty() == (metadata.link() == null)) {
      throw new BusinessException(FILE_OR_LINK);
    }
    List<Long> ids = new ArrayList<>();
    if (uploads.isEmpty()) {
      Resource resource =
          resources.add(new Resource(schoolId, me.personId(), metadata, clock.instant()));
      resources.flush();
      resources.addVersion(
          ResourceVersion.ofLink(resource.getId(), 1, null, me.personId(), clock.instant()));
      resources.index(resource.getId(), metadata.searchableText());
      audited("resources.share", resource, null);
      ids.add(resource.getId());
      changed.fire(new LibraryChanged(resource.getId()));
      return ids;
    }
    for (StagedUpload upload : uploads) {
      StoredFile file = upload.file();
      ResourceMetadata own =
          uploads.size() == 1
              ? metadata
              : titled(metadata, metadata.title() + " \u2013 " + file.fileName());
      Resource resource =
          resources.add(new Resource(schoolId, me.personId(), own, clock.instant()));
      resources.flush();
      ResourceVersion version =
          resources.addVersion(
              ResourceVersion.ofFile(
                  resource.getId(), 1, file, null, me.personId(), clock.instant()));
      resources.index(resource.getId(), own.searchableText());
      resources.removeStaged(upload);
      resources.flush();
      versionStored.fire(new VersionStored(version.getId()));
      audited("resources.share", resource, file);
      ids.add(resource.getId());
      changed.fire(new LibraryChanged(resource.getId()));
    }
    return ids;
  }

  private static ResourceMetadata titled(ResourceMetadata m, String title) {
    String cut =
        title.length() <= ResourceMetadata.TITLE_LENGTH
            ? title
            : title.substring(0, ResourceMetadata.TITLE_LENGTH - 1).strip() + "\u2026";
    return new ResourceMetadata(
        cut,
        m.description(),
        m.subject(),
        m.keyStage(),
        m.yearGroups(),
        m.type(),
        m.licence(),
        m.visibility(),
        m.tags(),
        m.link());
  }

  private void audited(String action, Resource resource, StoredFile file) {
    audit.record(
        action,
        SUBJECT,
        resource.getId(),
        resource.getTitle(),
        null,
        file == null
            ? Map.of("school", resource.getSchoolId(), "visibility", resource.getVisibility())
            : Map.of(
                "school", resource.getSchoolId(),
                "visibility", resource.getVisibility(),
                "file", file.fileName(),
                "content", file.contentId()));
  }

  @Override
  public ResourceDetail resource(long id) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.visible(me, id);
    List<ResourceVersion> versions = resources.versions(id);
    List<Rating> ratings = resources.ratings(id, 50);
    boolean mayChange = ResourcePolicy.mayChange(me, r);
    List<ProblemReport> problems = mayChange ? resources.reports(id) : List.of();
    List<Long> people = new ArrayList<>();
    people.add(r.getOwnerId());
    versions.forEach(v -> people.add(v.getCreatedBy()));
    ratings.forEach(x -> people.add(x.getPersonId()));
    problems.forEach(p -> people.add(p.getPersonId()));
    r.assuredBy().ifPresent(people::add);
    Map<Long, String> who = names.people(people.stream().distinct().toList());
    LocalDate today = LocalDate.now(clock.withZone(Resource.ZONE));
    boolean assured = r.isAssuredOn(today);
    RatingView myRating =
        ratings.stream()
            .filter(x -> x.getPersonId() == me.personId())
            .findFirst()
            .map(x -> view(x, who))
            .orElse(null);
    return new ResourceDetail(
        r.getId(),
        r.metadata(),
        r.getSchoolId(),
        names.schoolNames().getOrDefault(r.getSchoolId(), ""),
        who.getOrDefault(r.getOwnerId(), ""),
        r.getState() == ResourceState.WITHDRAWN,
        r.getCurrentVersion(),
        versions.stream()
            .map(
                v ->
                    new VersionView(
                        v.getNumber(),
                        v.file().map(StoredFile::fileName).orElse(null),
                        v.file().map(StoredFile::mediaType).orElse(null),
                        v.file().map(StoredFile::size).orElse(null),
                        v.getChangeNote(),
                        who.getOrDefault(v.getCreatedBy(), ""),
                        v.getCreatedAt(),
                        v.getTextState().name(),
                        v.thumbnailId().isPresent()))
            .toList(),
        r.getDownloads(),
        r.getRatingScore(),
        r.getRatingCount(),
        ratings.stream().map(x -> view(x, who)).toList(),
        myRating,
        problems.stream()
            .map(
                p ->
                    new ProblemView(
                        p.getMessage(), who.getOrDefault(p.getPersonId(), ""), p.getReportedAt()))
            .toList(),
        assured ? r.assuredUntil().orElse(null) : null,
        assured ? r.assuredBy().map(who::get).orElse(null) : null,
        r.getCreatedAt(),
        r.getUpdatedAt(),
        mayChange,
        ResourcePolicy.mayRate(me, r),
        ResourcePolicy.mayAssure(me, r));
  }

  private static RatingView view(Rating r, Map<Long, String> who) {
    return new RatingView(
        r.getStars(), r.getReview(), who.getOrDefault(r.getPersonId(), ""), r.getRatedAt());
  }

  @Override
  public ResourceForm editForm(long id) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.changeable(me, id);
    ResourceForm form = ResourceForm.of(r.metadata());
    form.setSchoolId(r.getSchoolId());
    return form;
  }

  @Override
  public void revise(long id, ResourceForm form) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.changeable(me, id);
    ResourceMetadata before = r.metadata();
    ResourceMetadata after = form.metadata();
    boolean isLink =
        resources.version(id, r.getCurrentVersion()).flatMap(ResourceVersion::file).isEmpty();
    if (isLink && after.link() == null || !isLink && after.link() != null) {
      throw new BusinessException(FILE_OR_LINK);
    }
    r.revise(after, clock.instant());
    resources.flush();
    reindex(r);
    changed.fire(new LibraryChanged(id));
    audit.record("resources.revise", SUBJECT, id, r.getTitle(), before, after);
  }

  /** The resource's words again: its metadata and the words inside its current file. */
  public void reindex(Resource r) {
    String inner =
        resources
            .version(r.getId(), r.getCurrentVersion())
            .flatMap(ResourceVersion::innerText)
            .orElse("");
    String text = r.metadata().searchableText();
    resources.index(r.getId(), inner.isEmpty() ? text : text + "\n" + inner);
  }

  @Override
  public int addVersion(long id, long stagedId, String changeNote) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.changeable(me, id);
    if (r.metadata().link() != null) {
      throw new BusinessException(FILE_OR_LINK);
    }
    StagedUpload upload = mine(me, stagedId);
    int number = r.getCurrentVersion() + 1;
    ResourceVersion version =
        resources.addVersion(
            ResourceVersion.ofFile(
                id, number, upload.file(), changeNote, me.personId(), clock.instant()));
    r.showVersion(number, clock.instant());
    resources.removeStaged(upload);
    resources.flush();
    reindex(r);
    versionStored.fire(new VersionStored(version.getId()));
    audit.record(
        "resources.version",
        SUBJECT,
        id,
        r.getTitle(),
        Map.of("version", number - 1),
        Map.of("version", number, "file", upload.file().fileName()));
    return number;
  }

  @Override
  public void withdraw(long id) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.changeable(me, id);
    r.withdraw(clock.instant());
    resources.flush();
    changed.fire(new LibraryChanged(id));
    audit.record("resources.withdraw", SUBJECT, id, r.getTitle(), null, null);
  }

  @Override
  public void restore(long id) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.changeable(me, id);
    r.restore(clock.instant());
    resources.flush();
    changed.fire(new LibraryChanged(id));
    audit.record("resources.restore", SUBJECT, id, r.getTitle(), null, null);
  }

  @Override
  public DownloadFile file(long id, int number, boolean counted) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.visible(me, id);
    StoredFile file =
        resources
            .version(r.getId(), number)
            .flatMap(ResourceVersion::file)
            .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    if (counted) {
      resources.countDownload(id);
    }
    return download(file.contentId(), file.fileName(), file.mediaType(), file.size());
  }

  @Override
  public DownloadFile thumbnail(long id, int number) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.visible(me, id);
    String thumb =
        resources
            .version(r.getId(), number)
            .flatMap(ResourceVersion::thumbnailId)
            .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    ContentId content = new ContentId(thumb);
    return download(thumb, "thumbnail.png", "image/png", files.size(content));
  }

  private DownloadFile download(String contentId, String name, String type, long size) {
    ContentId content = new ContentId(contentId);
    return new DownloadFile(
        contentId,
        name,
        type,
        size,
        () ->
            files
                .open(content)
                .orElseThrow(() -> new NotFoundException(FileStore.NOT_FOUND, contentId)));
  }

  @Override
  public List<ResultView> mine() {
    UserProfile me = currentUser.requireSignedIn();
    return names.results(
        resources.ownedBy(me.personId(), 200), LocalDate.now(clock.withZone(Resource.ZONE)));
  }
}
