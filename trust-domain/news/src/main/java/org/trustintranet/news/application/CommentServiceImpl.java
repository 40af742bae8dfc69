package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.news.domain.Comment;
import org.trustintranet.news.domain.CommentPolicy;
import org.trustintranet.news.domain.CommentRepository;
import org.trustintranet.news.domain.Discussion;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.Reader;

@ApplicationScoped
@Transactional
public class CommentServiceImpl implements CommentService {
  static final String SUBJECT = "comment";

  @Inject CommentRepository comments;
  @Inject PostAccess access;
  @Inject PeopleService people;
  @Inject CurrentUser currentUser;
  @Inject Readers readers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public DiscussionView discussion(long postId) {
    Reader me = readers.signedIn();
    Post post = access.readable(me, postId);
    boolean closed = closed(postId);
    boolean moderator = CommentPolicy.mayModerate(me, post);
    List<Comment> all = comments.ofPost(postId);
    List<Long> likers = comments.likers(postId);
    List<Long> named = likers.subList(0, Math.min(LIKERS_SHOWN, likers.size()));
    Set<Long> ids = new HashSet<>(named);
    all.forEach(c -> ids.add(c.getAuthorId()));
    Map<Long, PersonSummary> names = people.findAll(ids);
    Instant now = clock.instant();
    List<CommentView> views =
        all.stream().map(c -> view(c, me, moderator, names.get(c.getAuthorId()), now)).toList();
    return new DiscussionView(
        views,
        closed,
        CommentPolicy.mayComment(me, post, closed, now),
        moderator,
        likers.size(),
        likers.contains(me.personId()),
        CommentPolicy.mayLike(me, post, now),
        named.stream().map(id -> displayName(names.get(id))).toList());
  }

  private static CommentView view(
      Comment c, Reader me, boolean moderator, PersonSummary author, Instant now) {
    boolean mine = c.getAuthorId() == me.personId();
    boolean shown = !c.isHidden() || mine || moderator;
    return new CommentView(
        c.getId(),
        displayName(author),
        author == null ? null : author.jobTitle(),
        shown ? c.getBody() : null,
        c.getCreatedAt(),
        c.getEditedAt() != null,
        c.isHidden(),
        shown ? c.getHiddenReason() : null,
        mine,
        c.editableBy(me.personId(), now) ? CommentText.toText(c.getBody()) : null,
        moderator && !c.isHidden());
  }

  private static String displayName(PersonSummary person) {
    return person == null ? "" : person.displayName();
  }

  @Override
  public long comment(long postId, String text) {
    Reader me = readers.signedIn();
    Post post = access.readable(me, postId);
    boolean closed = closed(postId);
    Instant now = clock.instant();
    if (!CommentPolicy.mayComment(me, post, closed, now)) {
      if (closed && CommentPolicy.mayLike(me, post, now)) {
        throw new BusinessException("error.comment.closed");
      }
      throw new NotPermittedException();
    }
    Comment comment = new Comment(postId, me.personId(), stored(text), now);
    comments.add(comment);
    comments.flush();
    return comment.getId();
  }

  @Override
  public void editComment(long commentId, String text) {
    Reader me = readers.signedIn();
    Comment comment = readableComment(me, commentId);
    comment.edit(me.personId(), stored(text), clock.instant());
    comments.flush();
  }

  @Override
  public void hideComment(long commentId, String reason) {
    Reader me = readers.signedIn();
    Comment comment = readableComment(me, commentId);
    Post post = access.readable(me, comment.getPostId());
    if (!CommentPolicy.mayModerate(me, post)) {
      throw new NotPermittedException();
    }
    comment.hide(me.personId(), reason, clock.instant());
    comments.flush();
    audit.record(
        "news.comment.hide", SUBJECT, commentId, post.getTitle(), null, comment.getHiddenReason());
  }

  @Override
  public void closeComments(long postId, boolean closed) {
    Reader me = readers.signedIn();
    Post post = access.readable(me, postId);
    if (!CommentPolicy.mayModerate(me, post)) {
      throw new NotPermittedException();
    }
    Instant now = clock.instant();
    comments
        .discussion(postId)
        .ifPresentOrElse(
            d -> d.close(closed, me.personId(), now),
            () -> comments.add(new Discussion(postId, closed, me.personId(), now)));
    comments.flush();
    audit.record(
        closed ? "news.comments.close" : "news.comments.reopen",
        NewsServiceImpl.SUBJECT,
        postId,
        post.getTitle(),
        null,
        null);
  }

  @Override
  public void like(long postId) {
    Reader me = likeablePost(postId);
    comments.like(postId, me.personId(), clock.instant());
  }

  @Override
  public void unlike(long postId) {
    Reader me = likeablePost(postId);
    comments.unlike(postId, me.personId());
  }

  private Reader likeablePost(long postId) {
    Reader me = readers.signedIn();
    Post post = access.readable(me, postId);
    if (!CommentPolicy.mayLike(me, post, clock.instant())) {
      throw new NotPermittedException();
    }
    return me;
  }

  /** The comment, if the user may read its post; as not found otherwise. */
  private Comment readableComment(Reader me, long commentId) {
    Comment comment =
        comments.find(commentId).orElseThrow(() -> new NotFoundException("error.news.notFound"));
    access.readable(me, comment.getPostId());
    return comment;
  }

  private boolean closed(long postId) {
    return comments.discussion(postId).map(Discussion::isClosed).orElse(false);
  }

  private static String stored(String text) {
    if (text != null && text.strip().length() > Comment.TEXT_LENGTH) {
      throw new BusinessException("error.comment.tooLong", Comment.TEXT_LENGTH);
    }
    String stored = CommentText.sanitise(text);
    if (stored.replace("<br>", "").isBlank()) {
      throw new BusinessException("error.comment.empty");
    }
    return stored;
  }
}
