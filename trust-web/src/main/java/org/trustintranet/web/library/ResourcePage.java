package org.trustintranet.web.library;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.trustintranet.resources.application.RatingView;
import org.trustintranet.resources.application.ResourceDetail;
import org.trustintranet.resources.application.ResourceReviewService;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.resources.application.StagedFile;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;

/**
 * Backs library/resource.xhtml: one resource, its metadata, quality badge, versions (each file to
 * download, the current one marked), thumbnail, ratings and the reader's own rating to give or
 * change, "report a problem", and for those who may change it the problems reported, withdraw or
 * restore, and a new version (a file uploaded, then added with its change note); for an education
 * officer the quality checklist with its review date. A resource the person may not see answers
 * 404, as one that does not exist.
 */
@Named
@ViewScoped
public class ResourcePage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject ResourceService resources;
  @Inject ResourceReviewService reviews;
  @Inject Feedback feedback;

  private ResourceDetail detail;
  private Integer stars;
  private String review;
  private String problem;
  private StagedFile newFile;
  private String changeNote;
  private boolean accurate;
  private boolean complete;
  private boolean adaptable;
  private boolean accessible;
  private boolean licenceClear;
  private String reviewBy;

  public void load() {
    detail = readOrNotFound(id -> resources.resource(id));
    if (detail == null) {
      return;
    }
    RatingView mine = detail.myRating();
    if (mine != null) {
      stars = mine.stars();
      review = mine.review();
    }
  }

  private void reload() {
    if (getId() != null) {
      detail = feedback.attempt(() -> resources.resource(getId()), null);
    }
  }

  /** Gives or changes the reader's rating. */
  public void rate() {
    if (detail == null) {
      return;
    }
    int given = stars == null ? 0 : stars;
    if (feedback.attempt(() -> reviews.rate(getId(), given, review), "resources.rated")) {
      reload();
    }
  }

  /** Takes the reader's rating away. */
  public void unrate() {
    if (detail != null && feedback.attempt(() -> reviews.unrate(getId()), "resources.unrated")) {
      stars = null;
      review = null;
      reload();
    }
  }

  /** Tells the owner and the school's admins of a problem. */
  public void report() {
    if (detail != null
        && feedback.attempt(() -> reviews.report(getId(), problem), "resources.reported")) {
      problem = null;
      reload();
    }
  }

  public void withdraw() {
    if (detail != null
        && feedback.attempt(() -> resources.withdraw(getId()), "resources.withdrawnDone")) {
      reload();
    }
  }

  public void restore() {
    if (detail != null
        && feedback.attempt(() -> resources.restore(getId()), "resources.restored")) {
      reload();
    }
  }

  /** The new version's file arrived: staged, waiting for "Add the version". */
  public void uploadVersion(FileUploadEvent event) {
    if (detail == null) {
      return;
    }
    StagedFile done = UploadStaging.stage(resources, feedback, event.getFile());
    if (done != null) {
      if (newFile != null) {
        long previous = newFile.id();
        feedback.attempt(() -> resources.discard(previous), null);
      }
      newFile = done;
      feedback.info("resources.share.staged", done.fileName());
    }
  }

  /** Adds the staged file as the current version, with its change note. */
  public void addVersion() {
    if (detail == null) {
      return;
    }
    if (newFile == null) {
      feedback.error("resources.version.noFile");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    long staged = newFile.id();
    Integer number =
        feedback.attempt(() -> resources.addVersion(getId(), staged, changeNote), null);
    if (number != null) {
      feedback.info("resources.version.added", number);
      newFile = null;
      changeNote = null;
      reload();
    }
  }

  /** Marks the resource quality assured until the review date. */
  public void assure() {
    if (detail == null) {
      return;
    }
    LocalDate until;
    try {
      until = LocalDate.parse(reviewBy == null ? "" : reviewBy.strip());
    } catch (DateTimeParseException e) {
      feedback.error(ResourceReviewService.REVIEW_DATE);
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    ResourceReviewService.Checklist checklist =
        new ResourceReviewService.Checklist(
            accurate, complete, adaptable, accessible, licenceClear);
    if (feedback.attempt(() -> reviews.assure(getId(), checklist, until), "resources.assured")) {
      reload();
    }
  }

  public ResourceDetail getDetail() {
    return detail;
  }

  /** The year groups, in order. */
  public List<Integer> getYears() {
    return detail == null
        ? List.of()
        : new ArrayList<>(new java.util.TreeSet<>(detail.metadata().yearGroups()));
  }

  /** The average rating to one decimal place. */
  public String getScore() {
    return detail == null ? "" : String.format(java.util.Locale.UK, "%.1f", detail.ratingScore());
  }

  public Integer getStars() {
    return stars;
  }

  public void setStars(Integer stars) {
    this.stars = stars;
  }

  public String getReview() {
    return review;
  }

  public void setReview(String review) {
    this.review = review;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public StagedFile getNewFile() {
    return newFile;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }

  public boolean isAccurate() {
    return accurate;
  }

  public void setAccurate(boolean accurate) {
    this.accurate = accurate;
  }

  public boolean isComplete() {
    return complete;
  }

  public void setComplete(boolean complete) {
    this.complete = complete;
  }

  public boolean isAdaptable() {
    return adaptable;
  }

  public void setAdaptable(boolean adaptable) {
    this.adaptable = adaptable;
  }

  public boolean isAccessible() {
    return accessible;
  }

  public void setAccessible(boolean accessible) {
    this.accessible = accessible;
  }

  public boolean isLicenceClear() {
    return licenceClear;
  }

  public void setLicenceClear(boolean licenceClear) {
    this.licenceClear = licenceClear;
  }

  public String getReviewBy() {
    return reviewBy;
  }

  public void setReviewBy(String reviewBy) {
    this.reviewBy = reviewBy;
  }
}
