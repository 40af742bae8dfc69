package org.trustintranet.news.application;

import java.time.Instant;

/**
 * A post as an Atom feed shows it: its id, title, summary, body (sanitised HTML, as stored), its
 * author's name, and when it was published and last changed.
 */
public record AtomEntryView(
    long id,
    String title,
    String summary,
    String body,
    String authorName,
    Instant published,
    Instant updated) {}
