package org.trustintranet.web.networks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.networks.application.CoachingService;
import org.trustintranet.networks.application.NetworkRow;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.PairingView;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.web.support.Feedback;

/**
 * Backs networks/index.xhtml: "My networks" with where I stand in each, the directory of every
 * network filtered by kind from the address ({@code ?kind=SUBJECT}; anything else is "any"), and
 * for trust admins the form that creates a network with its first lead, chosen through the staff
 * directory's search.
 */
@Named
@ViewScoped
public class NetworksPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The first lead was not chosen. */
  static final String LEAD_REQUIRED = "error.networks.leadRequired";

  @Inject NetworkService networks;
  @Inject CoachingService coaching;
  @Inject StaffDirectoryService staff;
  @Inject Feedback feedback;

  private String kind;
  private List<NetworkRow> mine = List.of();
  private List<PairingView> pairings = List.of();
  private List<NetworkRow> directory = List.of();
  private boolean mayCreate;
  private final NetworkForm form = new NetworkForm();
  private final PersonPicker lead = new PersonPicker();

  public void load() {
    NetworkKind filter = NetworkForm.parse(NetworkKind.class, kind);
    kind = filter == null ? null : filter.name();
    List<NetworkRow> found = feedback.attempt(() -> networks.directory(filter), null);
    directory = found == null ? List.of() : found;
    List<NetworkRow> own = feedback.attempt(networks::mine, null);
    mine = own == null ? List.of() : own;
    List<PairingView> coached = feedback.attempt(coaching::mine, null);
    pairings = coached == null ? List.of() : coached;
    mayCreate = networks.mayCreate();
  }

  /** Sends the filter to the page's own address, which lists that kind (and can be kept). */
  public String filter() {
    return "/networks/index?faces-redirect=true&includeViewParams=true";
  }

  /** Finds the people the first lead's words match. */
  public void findLead() {
    feedback.attempt(() -> lead.search(staff), null);
  }

  /** Creates the network and opens its page. */
  public String create() {
    if (!mayCreate) {
      feedback.error("error.notPermitted");
      return null;
    }
    Long leadId = lead.getChosen();
    Long id =
        feedback.attempt(
            () -> {
              var details = form.details();
              if (leadId == null) {
                throw new BusinessException(LEAD_REQUIRED);
              }
              return networks.create(details, leadId);
            },
            "networks.created",
            form.getName() == null ? "" : form.getName().strip());
    return id == null ? null : "/networks/network?faces-redirect=true&id=" + id;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public List<NetworkKind> getKinds() {
    return List.of(NetworkKind.values());
  }

  public List<Joining> getJoinings() {
    return List.of(Joining.values());
  }

  /** My coaching pairings, as coach or coachee, the latest year first. */
  public List<PairingView> getPairings() {
    return pairings;
  }

  public List<NetworkRow> getMine() {
    return mine;
  }

  public List<NetworkRow> getDirectory() {
    return directory;
  }

  public boolean isMayCreate() {
    return mayCreate;
  }

  public NetworkForm getForm() {
    return form;
  }

  public PersonPicker getLead() {
    return lead;
  }
}
