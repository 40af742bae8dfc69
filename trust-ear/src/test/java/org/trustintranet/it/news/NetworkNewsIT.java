package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.news.application.AtomFeedService;
import org.trustintranet.news.application.CommentService;
import org.trustintranet.news.application.FeedFilter;
import org.trustintranet.news.application.FeedItem;
import org.trustintranet.news.application.NetworkOption;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostForm;

/**
 * News to a staff network's members, deployed against the real database: a member reads a lead's
 * post in the feed, in search, by its id, in their Atom feed, on the network's page and in its
 * discussion; a non-member (and a member who has left) finds it by no path; only the network's
 * leads may post to it, whatever id a form names, and a refused post leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkNewsIT {
  static final String OAKFIELD = "Oakfield Primary School";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        NetworkNewsIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject NewsService news;
  @Inject CommentService comments;
  @Inject AtomFeedService atom;
  @Inject NetworkService networks;
  @Inject SchoolStaffService schoolStaff;
  @Inject Acting acting;

  private static final SecureRandom RANDOM = new SecureRandom();

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** A word no other post holds, for search. */
  private static String word() {
    StringBuilder word = new StringBuilder("netword");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return word.toString();
  }

  private long newTeacher(String prefix) {
    long oakfield = acting.school(OAKFIELD);
    return schoolStaff.addPerson(
        new PersonForm(TestData.uniqueEmail(prefix), "Net", prefix, "Teacher"),
        oakfield,
        SchoolRole.TEACHER);
  }

  /** A new open network led by {@code lead}, made by the trust admin. */
  private long network(long lead) {
    acting.as("trust.admin");
    return networks.create(
        new NetworkDetails(
            "News network " + Long.toString(System.nanoTime(), 36),
            "Members read their leads' news",
            NetworkKind.SUBJECT,
            Joining.OPEN,
            false,
            null),
        lead);
  }

  private static PostForm toNetwork(String title, long network) {
    return new PostForm(
            title, "For members", "<p>" + title + "</p>", false, Set.of(), Set.of(), false, false)
        .toNetwork(network);
  }

  private List<Long> feed() {
    return ids(news.feed(FeedFilter.NONE, PageRequest.first(PageRequest.MAX_LIMIT)).rows());
  }

  private List<Long> search(String query) {
    return ids(news.search(query, PageRequest.first(PageRequest.MAX_LIMIT)).rows());
  }

  private static List<Long> ids(List<FeedItem> items) {
    return items.stream().map(FeedItem::id).toList();
  }

  private boolean inAtomFeedOf(long person, long post) {
    acting.as(person);
    String token = atom.createMyFeedToken();
    acting.nobody();
    return atom.personalFeed(token).entries().stream().anyMatch(e -> e.id() == post);
  }

  @Test
  void membersReadALeadsPostByEveryPathAndOthersByNone() {
    long lead = newTeacher("netlead");
    long member = newTeacher("netmember");
    long outsider = newTeacher("netoutsider");
    long network = network(lead);
    acting.as(member);
    networks.join(network);

    acting.as(lead);
    String word = word();
    long post = news.publish(toNetwork("Members only " + word, network));

    acting.as(member);
    assertTrue(feed().contains(post), "in a member's feed");
    assertTrue(search(word).contains(post), "found by a member's search");
    assertEquals(post, news.read(post).id(), "read by its id");
    assertTrue(comments.discussion(post).mayComment(), "a member may comment");
    comments.like(post);
    assertTrue(ids(news.networkNews(network).posts()).contains(post), "on the network's page");
    assertFalse(news.networkNews(network).mayPost(), "a member does not post to members");
    assertTrue(inAtomFeedOf(member, post), "in a member's Atom feed");

    acting.as(outsider);
    assertFalse(feed().contains(post), "not in an outsider's feed");
    assertTrue(search(word).isEmpty(), "not found by an outsider's search");
    assertThrows(NotFoundException.class, () -> news.read(post));
    assertThrows(NotFoundException.class, () -> comments.discussion(post));
    assertThrows(NotFoundException.class, () -> comments.like(post));
    assertThrows(NotFoundException.class, () -> news.related(post));
    assertTrue(news.networkNews(network).posts().isEmpty(), "nothing on the network's page");
    assertFalse(inAtomFeedOf(outsider, post), "not in an outsider's Atom feed");

    acting.as(lead);
    assertTrue(news.networkNews(network).mayPost(), "its lead posts to members");
    assertEquals(
        List.of(network),
        news.publishingScope().networks().stream().map(NetworkOption::id).toList(),
        "a lead may choose the network they lead");

    acting.as(member);
    networks.leave(network);
    assertThrows(NotFoundException.class, () -> news.read(post), "gone once they leave");
    assertFalse(feed().contains(post));
    assertFalse(inAtomFeedOf(member, post));
  }

  @Test
  void onlyItsLeadsPostToANetworksMembersWhateverIdTheFormNames() {
    long lead = newTeacher("netlead");
    long member = newTeacher("netmember");
    long network = network(lead);
    long otherLead = newTeacher("otherlead");
    long otherNetwork = network(otherLead);
    acting.as(member);
    networks.join(network);

    String title = "Crafted " + word();
    acting.as(member);
    assertEquals(
        "error.news.notNetworkLead",
        assertThrows(NotPermittedException.class, () -> news.publish(toNetwork(title, network)))
            .messageKey(),
        "a member who does not lead it");
    acting.as("school.admin");
    assertFalse(
        news.publishingScope().networks().stream().anyMatch(n -> n.id() == network),
        "a school admin is not offered a network they do not lead");
    assertEquals(
        "error.news.notNetworkLead",
        assertThrows(NotPermittedException.class, () -> news.saveDraft(toNetwork(title, network)))
            .messageKey(),
        "a school admin who does not lead it");
    acting.as(lead);
    assertEquals(
        "error.news.notNetworkLead",
        assertThrows(
                NotPermittedException.class, () -> news.publish(toNetwork(title, otherNetwork)))
            .messageKey(),
        "the lead of another network");
    assertEquals(
        "error.news.audienceNetworkAlone",
        assertThrows(
                BusinessException.class,
                () ->
                    news.publish(
                        new PostForm(
                                title, null, "<p>x</p>", true, Set.of(), Set.of(), false, false)
                            .toNetwork(network)))
            .messageKey(),
        "the trust and a network at once");

    String word = title.substring("Crafted ".length());
    acting.as(lead);
    assertTrue(search(word).isEmpty(), "nothing was saved for the network's members");
    acting.as(otherLead);
    assertTrue(search(word).isEmpty(), "nothing was saved for the other network's members");
  }
}
