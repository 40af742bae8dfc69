package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.news.domain.Banner;
import org.trustintranet.news.domain.Post;

/** Reads a banner through the same check as the post's page ({@link PostAccess#readable}). */
@ApplicationScoped
@Transactional
public class BannerServiceImpl implements BannerService {
  @Inject Readers readers;
  @Inject PostAccess access;
  @Inject FileStore files;

  @Override
  public BannerFile banner(long postId, String contentId) {
    Post post = access.readable(readers.signedIn(), postId);
    Banner banner =
        post.banner()
            .filter(b -> b.contentId().equals(contentId))
            .orElseThrow(() -> new NotFoundException("error.news.notFound"));
    return new BannerFile(
        new ContentId(banner.contentId()), banner.mediaType(), banner.size(), files);
  }
}
