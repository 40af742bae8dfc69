package org.trustintranet.news.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.news.domain.Post;

/**
 * A post as its author fills it in: title, summary, body (rich text, sanitised by the service), who
 * it is for (the whole trust, or chosen schools; optionally only some roles there), and whether it
 * is pinned and must be read.
 */
public record PostForm(
    @NotBlank(message = "{news.title.required}") @Size(max = Post.TITLE_LENGTH) String title,
    @Size(max = Post.SUMMARY_LENGTH) String summary,
    @NotBlank(message = "{news.body.required}") @Size(max = Post.BODY_LENGTH) String body,
    boolean wholeTrust,
    @NotNull Set<Long> schoolIds,
    @NotNull Set<SchoolRole> roles,
    boolean pinned,
    boolean mustRead)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Surrounding spaces are not part of the title or summary; an empty summary is none. */
  public PostForm {
    title = title == null ? null : title.strip();
    summary = summary == null || summary.isBlank() ? null : summary.strip();
    schoolIds = schoolIds == null ? null : Set.copyOf(schoolIds);
    roles = roles == null ? null : Set.copyOf(roles);
  }
}
