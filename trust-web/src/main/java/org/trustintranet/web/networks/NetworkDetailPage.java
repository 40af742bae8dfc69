package org.trustintranet.web.networks;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.LongConsumer;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.networks.application.NetworkPage;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.NetworkSessions;
import org.trustintranet.networks.application.SessionService;
import org.trustintranet.networks.application.SessionView;
import org.trustintranet.networks.application.Standing;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.news.application.NetworkNewsView;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;

/**
 * Backs networks/network.xhtml: one network, its purpose, leads and members; joining (at once, by
 * asking, or by accepting an invitation) and leaving (or withdrawing a request, or declining an
 * invitation) as the service's page allows; and for those who manage it the requests and
 * invitations waiting, inviting a person, removing a member, appointing and standing down leads,
 * renewing a cohort's memberships, and its details. A network that does not exist, or that the
 * person may not see, answers 404. Each action names the network of the page's id (a crafted id
 * does not switch it, see {@link IdPage}) and a person from the lists the page shows; the service
 * checks both again. Its news (the latest posts to its members) comes from news' service, by the
 * network's id: the two contexts meet only here.
 */
@Named
@ViewScoped
public class NetworkDetailPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject NetworkService networks;
  @Inject SessionService sessions;
  @Inject NewsService news;
  @Inject StaffDirectoryService staff;
  @Inject Feedback feedback;
  @Inject CurrentUser currentUser;

  private NetworkPage page;
  private NetworkSessions sessionLists;
  private NetworkNewsView networkNews;
  private NetworkForm form;
  private final PersonPicker invitee = new PersonPicker();

  public void load() {
    page = readOrNotFound(id -> networks.page(id));
    if (page == null) {
      return;
    }
    form = NetworkForm.of(page.network());
  }

  private void reload() {
    NetworkPage again = feedback.attempt(() -> networks.page(getId()), null);
    if (again != null) {
      page = again;
      form = NetworkForm.of(page.network());
    }
  }

  /** Joins, asks to join or accepts the invitation, as the network's rule says. */
  public void join() {
    if (page == null) {
      return;
    }
    Standing now = feedback.attempt(() -> networks.join(getId()), null);
    if (now != null) {
      feedback.info(now == Standing.REQUESTED ? "networks.asked" : "networks.joined");
      reload();
    }
  }

  /** Leaves, withdraws the request or declines the invitation. */
  public void leave() {
    if (page == null) {
      return;
    }
    Standing before = page.network().standing();
    String done =
        switch (before) {
          case REQUESTED -> "networks.withdrawn";
          case INVITED -> "networks.declined";
          default -> "networks.left";
        };
    if (feedback.attempt(() -> networks.leave(getId()), done)) {
      reload();
    }
  }

  /** Renews my own membership of a cohort to the end of this academic year. */
  public void renewMine() {
    if (page != null
        && feedback.attempt(() -> networks.renew(getId(), me()), "networks.renewedMine")) {
      reload();
    }
  }

  private long me() {
    return currentUser.requireSignedIn().personId();
  }

  public void approve(long personId) {
    act(id -> networks.approve(getId(), id), personId, "networks.approved");
  }

  public void decline(long personId) {
    act(id -> networks.remove(getId(), id), personId, "networks.declinedRequest");
  }

  public void withdrawInvitation(long personId) {
    act(id -> networks.remove(getId(), id), personId, "networks.invitationWithdrawn");
  }

  public void remove(long personId) {
    act(id -> networks.remove(getId(), id), personId, "networks.removed");
  }

  public void appointLead(long personId) {
    act(id -> networks.appointLead(getId(), id), personId, "networks.appointed");
  }

  public void standDown(long personId) {
    act(id -> networks.standDown(getId(), id), personId, "networks.stoodDown");
  }

  public void renew(long personId) {
    act(id -> networks.renew(getId(), id), personId, "networks.renewed");
  }

  private void act(LongConsumer action, long personId, String done) {
    if (page != null && feedback.attempt(() -> action.accept(personId), done)) {
      reload();
    }
  }

  /** Finds the people the invitation's words match. */
  public void findInvitee() {
    if (page != null) {
      feedback.attempt(() -> invitee.search(staff), null);
    }
  }

  /** Invites the person chosen. */
  public void invite() {
    if (page == null) {
      return;
    }
    Long chosen = invitee.getChosen();
    if (chosen == null) {
      feedback.error("error.networks.personRequired");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (feedback.attempt(() -> networks.invite(getId(), chosen), "networks.invited")) {
      invitee.clear();
      reload();
    }
  }

  /** Saves the details of the edit form. */
  public void save() {
    if (page != null
        && feedback.attempt(() -> networks.change(getId(), form.details()), "networks.changed")) {
      reload();
    }
  }

  public NetworkPage getPage() {
    return page;
  }

  /** The network's sessions to come, soonest first (both lists read once per view, together). */
  public List<SessionView> getUpcoming() {
    return sessionLists().upcoming();
  }

  /** Its latest sessions that have started, latest first. */
  public List<SessionView> getPast() {
    return sessionLists().past();
  }

  private NetworkSessions sessionLists() {
    if (sessionLists == null && page != null) {
      sessionLists = sessions.sessionsOf(getId());
    }
    return sessionLists == null ? new NetworkSessions(List.of(), List.of()) : sessionLists;
  }

  /** Its latest news to its members that I read as one of them; whether I may post to them. */
  public NetworkNewsView getNews() {
    if (networkNews == null && page != null) {
      networkNews = news.networkNews(getId());
    }
    return networkNews == null ? new NetworkNewsView(List.of(), false) : networkNews;
  }

  public NetworkForm getForm() {
    return form;
  }

  public PersonPicker getInvitee() {
    return invitee;
  }

  public List<NetworkKind> getKinds() {
    return List.of(NetworkKind.values());
  }

  public List<Joining> getJoinings() {
    return List.of(Joining.values());
  }
}
