package org.trustintranet.news.application;

import jakarta.validation.constraints.NotNull;

/** The banner images of news posts, for those who may read the posts. */
public interface BannerService {
  /**
   * The banner stored as {@code contentId} of post {@code postId}, for whoever may read the post.
   *
   * @throws org.trustintranet.kernel.domain.NotFoundException {@code error.news.notFound} when the
   *     post is not there or not for the caller, or its banner is another (or none): nobody learns
   *     more from a banner's address than from the post's
   */
  BannerFile banner(long postId, @NotNull String contentId);
}
