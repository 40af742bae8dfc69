package org.trustintranet.resources.application;

import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;

/**
 * Titles of resources for other contexts (a network's shared resources), as the caller may see them
 * ({@code ResourcePolicy.maySee}): a resource they may not see is left out, or "not found".
 */
public interface ResourceTitleService {
  /** The most ids one call may ask for. */
  int MAX_IDS = 100;

  /**
   * Those of {@code ids} (at most {@link #MAX_IDS}) that exist and the caller may see, in the order
   * given; the others are left out.
   */
  List<ResourceTitle> visibleTitles(@NotNull Collection<Long> ids);

  /**
   * The resource's title, if it exists and the caller may see it.
   *
   * @throws org.trustintranet.kernel.domain.NotFoundException {@link ResourceService#NOT_FOUND}
   */
  ResourceTitle title(long id);
}
