package org.trustintranet.news.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * The current user's personal feed address as "My profile" shows it: whether there is one and when
 * it was made. The token itself is never shown again after it is made (only its hash is kept).
 */
public record FeedAddressView(boolean exists, Instant createdAt) implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final FeedAddressView NONE = new FeedAddressView(false, null);
}
