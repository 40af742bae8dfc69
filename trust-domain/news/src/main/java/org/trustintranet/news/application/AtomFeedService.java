package org.trustintranet.news.application;

import jakarta.validation.constraints.NotNull;

/**
 * Atom feeds of trust news. A signed-in person makes (or replaces, or revokes) their personal feed
 * address, whose token lets a feed reader fetch the posts that person may read now, without signing
 * in. The public trust feed shows, to anyone, the visible posts to the whole trust that their
 * editors marked public. An unknown, revoked or junk token, or that of a person who has left, is
 * answered as not found ({@code error.news.notFound}), whatever the reason.
 */
public interface AtomFeedService {
  /** The most entries a feed holds. */
  int ENTRIES = 50;

  /** The current user's feed address: whether they have one, and since when. */
  FeedAddressView myFeedAddress();

  /**
   * Makes a new personal feed address for the current user, replacing any they had (the old one
   * stops working at once), and returns its token: the only time it is ever given out.
   */
  String createMyFeedToken();

  /** Revokes the current user's personal feed address: it stops working at once. */
  void revokeMyFeedToken();

  /** The posts the token's owner may read now, newest first; no sign-in needed. */
  AtomFeedView personalFeed(@NotNull String token);

  /** The public trust feed: visible posts to the whole trust marked public, newest first. */
  AtomFeedView publicFeed();
}
