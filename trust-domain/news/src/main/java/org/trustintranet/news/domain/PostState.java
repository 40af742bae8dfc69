package org.trustintranet.news.domain;

/**
 * Where a post is in its life: written but not shown, waiting for its publishing time, shown to its
 * audience, past its end date, or taken down. Only a published post is shown to readers, and only
 * until its end date (see {@link Post#isVisibleAt}).
 */
public enum PostState {
  DRAFT,
  SCHEDULED,
  PUBLISHED,
  EXPIRED,
  ARCHIVED
}
