package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.InputValidator;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.ConcurrentChangeException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.Banner;
import org.trustintranet.news.domain.NewsPolicy;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.PostContent;
import org.trustintranet.news.domain.PostSnapshot;
import org.trustintranet.news.domain.PostState;
import org.trustintranet.news.domain.Reader;
import org.trustintranet.news.domain.Tags;

@ApplicationScoped
@Transactional
public class NewsServiceImpl implements NewsService {
  static final String SUBJECT = "post";

  /** How many posts "You may also like" shows. */
  static final int RELATED = 3;

  /** How many posts a network's page shows. */
  static final int NETWORK_NEWS = 5;

  @Inject NewsRepository posts;
  @Inject PostAccess access;
  @Inject Publishing publishing;
  @Inject Feeds feeds;
  @Inject PostHistory history;
  @Inject Authors authors;
  @Inject Banners banners;
  @Inject PeopleService people;
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject Readers readers;
  @Inject AuditTrail audit;
  @Inject InputValidator validator;
  @Inject Clock clock;

  @Override
  public PublishingScope publishingScope() {
    return publishing.scopeOf(readers.signedIn());
  }

  @Override
  public long saveDraft(PostForm form) {
    Post post = create(form);
    history.record(post, null, currentUser.requireSignedIn(), clock.instant());
    audit.record(
        "news.draft", SUBJECT, post.getId(), post.getTitle(), null, Banners.asSaved(form, post));
    return post.getId();
  }

  @Override
  public long publish(PostForm form) {
    Post post = create(form);
    release(post, form);
    history.record(post, null, currentUser.requireSignedIn(), clock.instant());
    return post.getId();
  }

  /** Publishes the post now, or schedules it for the form's time; in the audit trail either way. */
  private void release(Post post, PostForm form) {
    if (form.publishAt() == null) {
      post.publish(currentUser.personId(), clock.instant());
    } else {
      post.schedule(form.publishAt(), currentUser.personId(), clock.instant());
    }
    posts.flush();
    String action = form.publishAt() == null ? "news.publish" : "news.schedule";
    audit.record(action, SUBJECT, post.getId(), post.getTitle(), null, Banners.asSaved(form, post));
  }

  private Post create(PostForm form) {
    Reader me = readers.signedIn();
    validator.check(form);
    Audience audience = publishing.permittedAudience(me, form);
    Banners.Choice banner = banners.check(form);
    Instant now = clock.instant();
    Post post = new Post(me.personId(), form.content(), audience, now);
    post.tag(Tags.parse(form.tags()));
    post.showInPublicFeed(form.publicFeed());
    post.endAt(form.expiresAt(), me.personId(), now);
    banners.apply(banner, post, me.personId(), now);
    posts.add(post);
    posts.flush();
    return post;
  }

  @Override
  public PostDraft draft(long id) {
    Reader me = readers.signedIn();
    Post post = access.editable(me, id);
    Audience audience = post.audience();
    PostContent c = post.content();
    PostForm form =
        new PostForm(
            c.title(),
            c.summary(),
            c.body(),
            audience.wholeTrust(),
            audience.schoolIds(),
            audience.roles(),
            c.pinned(),
            c.mustRead(),
            post.getState() == PostState.SCHEDULED ? post.getPublishAt() : null,
            post.getExpiresAt(),
            post.tags().text(),
            post.isPublicFeed(),
            post.banner().map(Banner::contentId).orElse(null),
            post.banner().map(Banner::alt).orElse(null),
            null,
            audience.networkIds().stream().findFirst().orElse(null));
    return new PostDraft(
        post.getId(), post.getVersion(), post.stateAt(clock.instant()).name(), form);
  }

  @Override
  public void revise(long id, long loadedVersion, PostForm form) {
    Reader me = readers.signedIn();
    validator.check(form);
    Post post = loadForChange(me, id, loadedVersion);
    PostSnapshot before = post.snapshot();
    change(me, post, form);
    history.record(post, before, me.profile(), clock.instant());
    audit.record("news.revise", SUBJECT, id, post.getTitle(), null, Banners.asSaved(form, post));
  }

  @Override
  public void publishDraft(long id, long loadedVersion, PostForm form) {
    Reader me = readers.signedIn();
    validator.check(form);
    Post post = loadForChange(me, id, loadedVersion);
    PostSnapshot before = post.snapshot();
    change(me, post, form);
    if (post.getState() != PostState.DRAFT && post.getState() != PostState.SCHEDULED) {
      throw new BusinessException("error.news.notADraft");
    }
    release(post, form);
    history.record(post, before, me.profile(), clock.instant());
  }

  /** Saves the form's changes to a post loaded for change (not archived). */
  private void change(Reader me, Post post, PostForm form) {
    if (post.getState() == PostState.ARCHIVED) {
      throw new BusinessException("error.news.archived");
    }
    Audience audience = publishing.permittedAudience(me, form);
    Banners.Choice banner = banners.check(form);
    Instant now = clock.instant();
    post.revise(form.content(), audience, me.personId(), now);
    post.tag(Tags.parse(form.tags()));
    post.showInPublicFeed(form.publicFeed());
    post.endAt(form.expiresAt(), me.personId(), now);
    banners.apply(banner, post, me.personId(), now);
    if (post.getState() == PostState.SCHEDULED && form.publishAt() == null) {
      post.unschedule(me.personId(), now);
    } else if (post.getState() == PostState.SCHEDULED
        && !form.publishAt().equals(post.getPublishAt())) {
      post.schedule(form.publishAt(), me.personId(), now);
    }
    posts.flush();
  }

  @Override
  public void archive(long id, long loadedVersion) {
    Reader me = readers.signedIn();
    Post post = loadForChange(me, id, loadedVersion);
    PostSnapshot before = post.snapshot();
    post.archive(me.personId(), clock.instant());
    posts.flush();
    history.record(post, before, me.profile(), clock.instant());
    audit.record("news.archive", SUBJECT, id, post.getTitle(), null, null);
  }

  @Override
  public FeedSlice feed(FeedFilter filter, PageRequest page) {
    return feeds.feed(readers.signedIn(), filter, page);
  }

  @Override
  public List<FeedItem> related(long id) {
    Reader me = readers.signedIn();
    return feeds.related(me, access.readable(me, id), RELATED);
  }

  @Override
  public NetworkNewsView networkNews(long networkId) {
    Reader me = readers.signedIn();
    return new NetworkNewsView(
        feeds.ofNetwork(me, networkId, NETWORK_NEWS),
        NewsPolicy.networksToPublishTo(me).contains(networkId));
  }

  @Override
  public FeedSlice search(String query, PageRequest page) {
    Reader me = readers.signedIn();
    return feeds.search(me, SearchQuery.parse(query), page);
  }

  @Override
  public PostView read(long id) {
    Reader me = readers.signedIn();
    Post post = access.readable(me, id);
    Instant now = clock.instant();
    if (NewsPolicy.isReader(me, post, now)) {
      posts.markRead(id, me.personId(), now);
    }
    PersonSummary author = people.find(post.getAuthorId()).orElse(null);
    Audience audience = post.audience();
    List<String> schoolNames =
        audience.wholeTrust()
            ? List.of()
            : schools.names(true).entrySet().stream()
                .filter(s -> audience.schoolIds().contains(s.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    return new PostView(
        post.getId(),
        post.getTitle(),
        post.getSummary(),
        post.getBody(),
        author == null ? "" : author.displayName(),
        author == null ? null : author.jobTitle(),
        post.stateAt(now).name(),
        post.getPublishedAt(),
        post.getPublishAt(),
        post.getExpiresAt(),
        post.tags().values(),
        post.isPinned(),
        post.isMustRead(),
        audience.wholeTrust(),
        schoolNames,
        posts.acknowledgedAt(id, me.personId()).orElse(null),
        NewsPolicy.mayAcknowledge(me, post, now),
        NewsPolicy.mayEdit(me, post) && post.getState() != PostState.ARCHIVED,
        post.isMustRead() && NewsPolicy.maySeeAcknowledgements(me, post),
        post.getAuthorId(),
        NewsPolicy.mayEdit(me, post),
        post.banner().map(Banner::contentId).orElse(null),
        post.banner().map(Banner::alt).orElse(null),
        author == null ? null : String.join(", ", author.schoolNames()),
        audience.isNetwork() ? publishing.networkName(audience) : null);
  }

  @Override
  public List<RevisionView> history(long id) {
    access.editable(readers.signedIn(), id);
    return history.of(id);
  }

  @Override
  public Optional<AuthorView> author(long personId) {
    currentUser.requireSignedIn();
    return authors.find(personId);
  }

  private Post loadForChange(Reader me, long id, long loadedVersion) {
    Post post = access.editable(me, id);
    if (post.getVersion() != loadedVersion) {
      // the second editor is told who changed it meanwhile (the last to save)
      throw people
          .find(post.getUpdatedBy())
          .map(p -> new ConcurrentChangeException(p.displayName()))
          .orElseGet(ConcurrentChangeException::new);
    }
    return post;
  }
}
