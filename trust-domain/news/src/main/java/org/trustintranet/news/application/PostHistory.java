package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.PostChange;
import org.trustintranet.news.domain.PostRevision;
import org.trustintranet.news.domain.PostRevisionRepository;
import org.trustintranet.news.domain.PostSnapshot;

/**
 * Writes and reads the posts' edit histories, the news context's own (the kernel's audit trail is
 * for trust admins only). The services take a {@link Post#snapshot} before a change and hand it
 * here after it, in the change's transaction; the domain ({@link PostSnapshot#changesSince}) says
 * what changed. Asks for no permission: its callers have.
 */
@ApplicationScoped
class PostHistory {
  @Inject PostRevisionRepository revisions;

  /** Notes what {@code editor} changed in {@code post} since {@code before} (null: a new post). */
  void record(Post post, PostSnapshot before, UserProfile editor, Instant at) {
    PostRevision.of(
            post.getId(), before, post.snapshot(), editor.personId(), editor.displayName(), at)
        .ifPresent(revisions::add);
  }

  /** Notes what the publishing job changed in {@code post} since {@code before}. */
  void recordBySystem(Post post, PostSnapshot before, Instant at) {
    PostRevision.of(post.getId(), before, post.snapshot(), null, null, at)
        .ifPresent(revisions::add);
  }

  /** The post's history, newest first. */
  List<RevisionView> of(long postId) {
    return revisions.of(postId).stream()
        .map(
            r ->
                new RevisionView(
                    r.getRevisedAt(),
                    r.bySystem() ? null : r.getEditorName(),
                    r.changes().stream().map(PostChange::code).toList(),
                    r.getPreviousTitle()))
        .toList();
  }
}
