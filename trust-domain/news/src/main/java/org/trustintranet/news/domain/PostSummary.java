package org.trustintranet.news.domain;

import java.time.Instant;

/** A visible post as the feed lists it, without its body. */
public record PostSummary(
    long id,
    String title,
    String summary,
    long authorId,
    boolean pinned,
    boolean mustRead,
    Instant publishedAt) {}
