package org.trustintranet.networks.application;

import java.util.List;

/**
 * A network's links to shared library resources. Anyone of the trust sees those linked resources
 * that they may see in the library (the others are left out); its current leads and trust admins
 * ({@code NetworkPolicy.mayManage}) link a resource they can see, at most {@code
 * NetworkResource.MAX_PER_NETWORK}, each once, and unlink. Linking and unlinking are audited.
 */
public interface NetworkResourceService {
  /** Message key: no such resource, or not one the caller can see in the library. */
  String NO_SUCH_RESOURCE = "error.networks.noSuchResource";

  /** Message key: the resource is not linked to the network. */
  String NOT_LINKED = "error.networks.resourceNotLinked";

  /** The network's linked resources the caller may see, oldest link first. */
  List<SharedResourceView> links(long networkId);

  /** Links a library resource the caller can see (leads and trust admins). */
  void link(long networkId, long resourceId);

  /** Removes a link (leads and trust admins). */
  void unlink(long networkId, long resourceId);
}
