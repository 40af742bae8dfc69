package org.trustintranet.networks.domain;

import java.util.List;
import java.util.Optional;

/** The resources linked to networks. */
public interface NetworkResourceRepository {
  /** A network's links, oldest first. */
  List<NetworkResource> of(long networkId);

  Optional<NetworkResource> find(long networkId, long resourceId);

  long count(long networkId);

  void add(NetworkResource link);

  void remove(NetworkResource link);
}
