package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.membership.application.StaffMember;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.NewsPolicy;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.Post;

@ApplicationScoped
@Transactional
public class MustReadServiceImpl implements MustReadService {
  @Inject NewsRepository posts;
  @Inject PostAccess access;
  @Inject PeopleService people;
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Override
  public void acknowledge(long postId) {
    UserProfile me = currentUser.requireSignedIn();
    Post post = access.readable(me, postId);
    if (!NewsPolicy.isReader(me, post, clock.instant())) {
      throw new NotPermittedException();
    }
    if (!post.isMustRead()) {
      throw new BusinessException("error.news.notMustRead");
    }
    posts.acknowledge(postId, me.personId(), clock.instant());
  }

  @Override
  public List<AcknowledgementCount> acknowledgements(long postId) {
    UserProfile me = currentUser.requireSignedIn();
    Post post = access.readable(me, postId);
    if (!NewsPolicy.maySeeAcknowledgements(me, post)) {
      throw new NotPermittedException();
    }
    Audience audience = post.audience();
    List<SchoolView> aimedAt =
        schools.schools(false).stream()
            .filter(s -> audience.wholeTrust() || audience.schoolIds().contains(s.id()))
            .toList();
    Map<Long, List<StaffMember>> staff =
        people.activeStaffOf(aimedAt.stream().map(SchoolView::id).toList());
    Set<Long> acknowledged = posts.acknowledgedBy(postId);
    List<AcknowledgementCount> counts = new ArrayList<>();
    for (SchoolView school : aimedAt) {
      List<StaffMember> readers =
          staff.getOrDefault(school.id(), List.of()).stream()
              .filter(m -> audience.includesRole(m.role()))
              .toList();
      int done = (int) readers.stream().filter(m -> acknowledged.contains(m.personId())).count();
      counts.add(new AcknowledgementCount(school.id(), school.name(), readers.size(), done));
    }
    return counts;
  }
}
