package org.trustintranet.resources.application;

/**
 * Something that the library's counts depend on changed (a resource shared, edited, withdrawn,
 * restored or given the badge): once its transaction commits, {@link RecentCounts} forgets what it
 * counted.
 */
public record LibraryChanged(long resourceId) {}
