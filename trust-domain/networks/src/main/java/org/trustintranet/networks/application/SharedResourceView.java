package org.trustintranet.networks.application;

import java.io.Serializable;

/** A library resource linked to a network, as the reader may see it. */
public record SharedResourceView(long resourceId, String title) implements Serializable {
  private static final long serialVersionUID = 1L;
}
