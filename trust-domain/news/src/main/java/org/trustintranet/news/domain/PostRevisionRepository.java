package org.trustintranet.news.domain;

import java.util.List;

/** Where the posts' edit histories are kept. */
public interface PostRevisionRepository {
  void add(PostRevision revision);

  /** The history of one post, newest first. */
  List<PostRevision> of(long postId);
}
