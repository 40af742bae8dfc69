package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.NetworkMember;
import org.trustintranet.networks.domain.NetworkPolicy;
import org.trustintranet.networks.domain.NetworkRepository;
import org.trustintranet.networks.domain.NetworkResource;
import org.trustintranet.networks.domain.NetworkResourceRepository;
import org.trustintranet.resources.application.ResourceTitle;
import org.trustintranet.resources.application.ResourceTitleService;

/**
 * A network's shared resources. Linking locks the network's row first, so that two leads linking at
 * once cannot pass the limit; the library answers which resources the caller may see.
 */
@ApplicationScoped
@Transactional
public class NetworkResourceServiceImpl implements NetworkResourceService {
  @Inject NetworkRepository networks;
  @Inject NetworkResourceRepository links;
  @Inject ResourceTitleService library;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<SharedResourceView> links(long networkId) {
    reader();
    networks.find(networkId).orElseThrow(() -> new NotFoundException(NetworkService.NOT_FOUND));
    var ids = links.of(networkId).stream().map(NetworkResource::getResourceId).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return library.visibleTitles(ids).stream()
        .map(t -> new SharedResourceView(t.id(), t.title()))
        .toList();
  }

  @Override
  public void link(long networkId, long resourceId) {
    UserProfile me = currentUser.requireSignedIn();
    Network network = managed(me, networkId);
    ResourceTitle resource;
    try {
      resource = library.title(resourceId);
    } catch (NotFoundException e) {
      throw new BusinessException(NO_SUCH_RESOURCE);
    }
    String refusal =
        NetworkResource.refusal(
            links.count(networkId), links.find(networkId, resourceId).isPresent());
    if (refusal != null) {
      throw new BusinessException(refusal);
    }
    links.add(new NetworkResource(networkId, resourceId, me.personId(), clock.instant()));
    audit.record(
        "networks.linkResource",
        NetworkServiceImpl.SUBJECT,
        networkId,
        network.getName(),
        null,
        Map.of("resource", resourceId, "title", resource.title()));
  }

  @Override
  public void unlink(long networkId, long resourceId) {
    UserProfile me = currentUser.requireSignedIn();
    Network network = managed(me, networkId);
    NetworkResource link =
        links.find(networkId, resourceId).orElseThrow(() -> new BusinessException(NOT_LINKED));
    links.remove(link);
    audit.record(
        "networks.unlinkResource",
        NetworkServiceImpl.SUBJECT,
        networkId,
        network.getName(),
        Map.of("resource", resourceId),
        null);
  }

  private UserProfile reader() {
    UserProfile me = currentUser.requireSignedIn();
    if (!NetworkPolicy.maySee(me)) {
      throw new NotPermittedException();
    }
    return me;
  }

  /** The network, locked, if {@code me} may manage it. */
  private Network managed(UserProfile me, long id) {
    reader();
    Network network =
        networks.lock(id).orElseThrow(() -> new NotFoundException(NetworkService.NOT_FOUND));
    NetworkMember mine = networks.member(id, me.personId()).orElse(null);
    if (!NetworkPolicy.mayManage(me, mine, LocalDate.now(clock.withZone(AcademicYear.ZONE)))) {
      throw new NotPermittedException();
    }
    return network;
  }
}
