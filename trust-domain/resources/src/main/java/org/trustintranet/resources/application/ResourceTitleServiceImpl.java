package org.trustintranet.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.resources.domain.ResourcePolicy;
import org.trustintranet.resources.domain.ResourceRepository;

/** Titles for other contexts, through the one rule of who sees what ({@link ResourceAccess}). */
@ApplicationScoped
@Transactional
public class ResourceTitleServiceImpl implements ResourceTitleService {
  @Inject ResourceRepository resources;
  @Inject ResourceAccess access;
  @Inject CurrentUser currentUser;

  @Override
  public List<ResourceTitle> visibleTitles(Collection<Long> ids) {
    UserProfile me = currentUser.requireSignedIn();
    if (ids.size() > MAX_IDS) {
      throw new BusinessException("error.resources.tooManyIds");
    }
    return ids.stream()
        .distinct()
        .map(id -> resources.find(id).filter(r -> ResourcePolicy.maySee(me, r)))
        .flatMap(Optional::stream)
        .map(r -> new ResourceTitle(r.getId(), r.getTitle()))
        .toList();
  }

  @Override
  public ResourceTitle title(long id) {
    var resource = access.visible(currentUser.requireSignedIn(), id);
    return new ResourceTitle(resource.getId(), resource.getTitle());
  }
}
