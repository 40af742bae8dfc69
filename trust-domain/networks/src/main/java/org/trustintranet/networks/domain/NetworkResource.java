package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A library resource linked to a network by one of its leads: the resource by id only (it belongs
 * to the library), once per network.
 */
@Entity
@Table(name = "network_resource")
@IdClass(NetworkResource.Key.class)
public class NetworkResource {
  /** The most resources one network links. */
  public static final int MAX_PER_NETWORK = 20;

  @Id
  @Column(name = "network_id", nullable = false)
  private long networkId;

  @Id
  @Column(name = "resource_id", nullable = false)
  private long resourceId;

  @Column(name = "added_by", nullable = false)
  private long addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected NetworkResource() {}

  public NetworkResource(long networkId, long resourceId, long addedBy, Instant addedAt) {
    this.networkId = networkId;
    this.resourceId = resourceId;
    this.addedBy = addedBy;
    this.addedAt = Objects.requireNonNull(addedAt);
  }

  /**
   * Why one more link is refused (a message key), or null when it may be added: not twice, and at
   * most {@link #MAX_PER_NETWORK}.
   */
  public static String refusal(long linkedAlready, boolean thisOneLinked) {
    if (thisOneLinked) {
      return "error.networks.resourceLinked";
    }
    if (linkedAlready >= MAX_PER_NETWORK) {
      return "error.networks.tooManyResources";
    }
    return null;
  }

  public long getNetworkId() {
    return networkId;
  }

  public long getResourceId() {
    return resourceId;
  }

  public long getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  /** The composite key (network, resource). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long networkId;
    private long resourceId;

    public Key() {}

    public Key(long networkId, long resourceId) {
      this.networkId = networkId;
      this.resourceId = resourceId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.networkId == networkId && k.resourceId == resourceId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(networkId, resourceId);
    }
  }
}
