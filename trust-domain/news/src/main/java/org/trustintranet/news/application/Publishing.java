package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.networks.application.NetworkRow;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.NewsPolicy;
import org.trustintranet.news.domain.Reader;

/**
 * Where someone may publish, by {@link NewsPolicy}: the choices the editor offers, and the check of
 * the audience a form names (the same rule, so the screen and the service cannot disagree).
 */
@ApplicationScoped
class Publishing {
  /** A network audience from someone who may not publish to its members. */
  static final String NOT_NETWORK_LEAD = "error.news.notNetworkLead";

  @Inject SchoolService schools;
  @Inject NetworkService networks;

  PublishingScope scopeOf(Reader me) {
    if (!NewsPolicy.mayPublish(me)) {
      return PublishingScope.NONE;
    }
    boolean anywhere = NewsPolicy.publishesAnywhere(me.profile());
    Set<Long> administered = me.profile().schoolsWhere(SchoolRole.SCHOOL_ADMIN);
    List<SchoolOption> schoolOptions =
        schools.names(false).entrySet().stream()
            .filter(s -> anywhere || administered.contains(s.getKey()))
            .map(s -> new SchoolOption(s.getKey(), s.getValue()))
            .toList();
    Set<Long> led = NewsPolicy.networksToPublishTo(me);
    List<NetworkOption> networkOptions =
        led.isEmpty()
            ? List.of()
            : networks.mine().stream()
                .filter(n -> led.contains(n.id()))
                .map(n -> new NetworkOption(n.id(), n.name()))
                .toList();
    return new PublishingScope(anywhere, schoolOptions, networkOptions);
  }

  /**
   * The name of the network a post is for, as the reader's own networks name it (empty for someone
   * who does not belong to it: a trust admin reading it as its editor).
   */
  String networkName(Audience audience) {
    return networks.mine().stream()
        .filter(n -> audience.networkIds().contains(n.id()))
        .map(NetworkRow::name)
        .findFirst()
        .orElse("");
  }

  /**
   * The form's audience, if it names someone, only open schools, and the user may publish to it.
   *
   * @throws NotPermittedException for an audience the user may not publish to ({@code
   *     error.news.notNetworkLead} for a network they do not lead)
   * @throws BusinessException {@code error.news.unknownSchool} for a closed or unknown school
   */
  Audience permittedAudience(Reader me, PostForm form) {
    Audience audience = form.audience();
    if (!NewsPolicy.mayPublishTo(me, audience)) {
      if (audience.isNetwork()) {
        throw new NotPermittedException(NOT_NETWORK_LEAD);
      }
      throw new NotPermittedException();
    }
    Set<Long> open = schools.names(false).keySet();
    if (!open.containsAll(audience.schoolIds())) {
      throw new BusinessException("error.news.unknownSchool");
    }
    return audience;
  }
}
