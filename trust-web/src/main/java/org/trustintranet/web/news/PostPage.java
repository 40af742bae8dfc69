package org.trustintranet.web.news;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.news.application.AcknowledgementCount;
import org.trustintranet.news.application.CommentService;
import org.trustintranet.news.application.DiscussionView;
import org.trustintranet.news.application.FeedItem;
import org.trustintranet.news.application.MustReadService;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostView;
import org.trustintranet.news.application.ReaderAcknowledgement;
import org.trustintranet.news.application.ReminderView;
import org.trustintranet.news.application.RevisionView;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs news/post.xhtml: one post, for a reader it is aimed at (or its editors). A post the reader
 * may not see answers 404, as one that does not exist. A must-read has its "I have read this"
 * button; its author and editors see how many have acknowledged it, per school. Below it, its
 * comments and likes: readers comment and like, writers change their comment for 15 minutes, and
 * the post's author and editors hide comments (with a reason) and close or reopen them.
 */
@Named
@ViewScoped
public class PostPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject NewsService news;
  @Inject MustReadService mustRead;
  @Inject CommentService comments;
  @Inject Feedback feedback;
  @Inject Dates dates;

  private PostView post;
  private List<AcknowledgementCount> acknowledgements = List.of();
  private ReminderView lastReminder;
  private List<FeedItem> related = List.of();
  private List<RevisionView> history = List.of();
  private DiscussionView discussion;
  private String newComment;
  private Long editingId;
  private String editText;
  private Long hidingId;
  private String hideReason;

  /** The address of the post's banner image (none when it has none). */
  public String getBannerAddress() {
    return post == null || post.bannerId() == null
        ? null
        : BannerServlet.address(post.id(), post.bannerId());
  }

  public void load() {
    post = null;
    if (getId() != null) {
      try {
        post = news.read(getId());
      } catch (NotFoundException e) {
        post = null;
      }
    }
    if (post == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
      return;
    }
    acknowledgements =
        post.maySeeAcknowledgements() ? mustRead.acknowledgements(getId()) : List.of();
    lastReminder =
        post.maySeeAcknowledgements() && post.mustRead()
            ? mustRead.lastReminder(getId()).orElse(null)
            : null;
    discussion = comments.discussion(getId());
    related = post.published() ? news.related(getId()) : List.of();
    history = post.maySeeHistory() ? news.history(getId()) : List.of();
  }

  public void comment() {
    if (post != null
        && feedback.attempt(() -> comments.comment(getId(), newComment), "news.comment.added")
            != null) {
      newComment = null;
      load();
    }
  }

  /** Opens the edit box of one of the reader's own comments. */
  public void startEdit(long commentId) {
    discussion.comments().stream()
        .filter(c -> c.id() == commentId && c.mayEdit())
        .findFirst()
        .ifPresent(
            c -> {
              editingId = commentId;
              editText = c.editableText();
              hidingId = null;
            });
  }

  public void saveEdit() {
    if (editingId != null
        && feedback.attempt(
            () -> comments.editComment(editingId, editText), "news.comment.changed")) {
      cancel();
      load();
    }
  }

  /** Opens the reason box for hiding a comment. */
  public void startHide(long commentId) {
    hidingId = commentId;
    hideReason = null;
    editingId = null;
  }

  public void hide() {
    if (hidingId != null
        && feedback.attempt(
            () -> comments.hideComment(hidingId, hideReason), "news.comment.hidden")) {
      cancel();
      load();
    }
  }

  public void cancel() {
    editingId = null;
    editText = null;
    hidingId = null;
    hideReason = null;
  }

  public void closeComments(boolean close) {
    if (post != null
        && feedback.attempt(
            () -> comments.closeComments(getId(), close),
            close ? "news.comments.closedNow" : "news.comments.reopened")) {
      load();
    }
  }

  public void like(boolean like) {
    if (post != null
        && feedback.attempt(
            () -> {
              if (like) {
                comments.like(getId());
              } else {
                comments.unlike(getId());
              }
            },
            null)) {
      load();
    }
  }

  /** "No likes yet", "1 like", "12 likes", in the page's language. */
  public String getLikeCount() {
    int likes = discussion == null ? 0 : discussion.likes();
    return switch (likes) {
      case 0 -> feedback.text("news.likes.none");
      case 1 -> feedback.text("news.likes.one");
      default -> feedback.text("news.likes.count", likes);
    };
  }

  public DiscussionView getDiscussion() {
    return discussion;
  }

  public String getNewComment() {
    return newComment;
  }

  public void setNewComment(String newComment) {
    this.newComment = newComment;
  }

  public Long getEditingId() {
    return editingId;
  }

  public String getEditText() {
    return editText;
  }

  public void setEditText(String editText) {
    this.editText = editText;
  }

  public Long getHidingId() {
    return hidingId;
  }

  public String getHideReason() {
    return hideReason;
  }

  public void setHideReason(String hideReason) {
    this.hideReason = hideReason;
  }

  /** Sends the must-read's readers, school by school, as a CSV file (who confirmed, and when). */
  public void downloadReaders() throws IOException {
    List<ReaderAcknowledgement> readers =
        post == null ? null : feedback.attempt(() -> mustRead.readers(getId()), null);
    if (readers == null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"must-read-" + getId() + ".csv\"");
    external.setResponseHeader("Cache-Control", "no-store");
    ReadersCsv.write(
        List.of(
            feedback.text("news.readers.school"),
            feedback.text("news.readers.name"),
            feedback.text("news.readers.jobTitle"),
            feedback.text("news.readers.confirmedAt")),
        readers,
        external.getResponseOutputStream());
    faces.responseComplete();
  }

  public void acknowledge() {
    if (post != null
        && feedback.attempt(() -> mustRead.acknowledge(getId()), "news.acknowledged")) {
      load();
    }
  }

  /** Mails the readers who have not confirmed yet (the button shows for must-read posts). */
  public void remind() {
    if (post == null) {
      return;
    }
    Integer sent = feedback.attempt(() -> mustRead.remind(getId()), null);
    if (sent != null) {
      feedback.info("news.reminder.sent", sent);
      load();
    }
  }

  /** The last reminder, as one sentence, or null when none was sent. */
  public String getLastReminderLine() {
    return lastReminder == null
        ? null
        : feedback.text(
            "news.reminder.last",
            dates.dateTime(lastReminder.sentAt()),
            lastReminder.sentBy(),
            lastReminder.recipients());
  }

  /** "You may also like": other posts sharing a tag that the reader may read. */
  public List<FeedItem> getRelated() {
    return related;
  }

  /** The post's edit history, newest first: for those who may edit it, empty for others. */
  public List<RevisionView> getHistory() {
    return history;
  }

  /** What a change did, in words of the page's language ("Title, body, published"). */
  public String changesLine(RevisionView revision) {
    List<String> words =
        revision.changes().stream().map(c -> feedback.text("news.history.change." + c)).toList();
    String line = String.join(", ", words);
    return line.isEmpty()
        ? line
        : line.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + line.substring(1);
  }

  public PostView getPost() {
    return post;
  }

  public List<AcknowledgementCount> getAcknowledgements() {
    return acknowledgements;
  }
}
