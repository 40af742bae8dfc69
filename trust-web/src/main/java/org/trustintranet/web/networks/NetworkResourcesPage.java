package org.trustintranet.web.networks;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustintranet.networks.application.NetworkResourceService;
import org.trustintranet.networks.application.SharedResourceView;
import org.trustintranet.web.support.Feedback;

/**
 * Backs the "shared resources" section of networks/network.xhtml
 * (WEB-INF/includes/networks/shared-resources.xhtml): the library resources linked to the network
 * that the reader may see, and for its leads linking one by its library address or number, and
 * unlinking. The network is the one of the page's own bean ({@link NetworkDetailPage}), whose id a
 * crafted postback does not switch; the service checks who may link again.
 */
@Named
@ViewScoped
public class NetworkResourcesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
  private static final Pattern ADDRESS =
      Pattern.compile("/library/resource(?:\\.xhtml)?\\?(?:.*&)?id=(\\d{1,18})(?!\\d)");

  @Inject NetworkResourceService shared;
  @Inject NetworkDetailPage network;
  @Inject Feedback feedback;

  private List<SharedResourceView> links;
  private String address;

  /** The resource a library address ({@code …/library/resource.xhtml?id=12}) or number names. */
  static Long resourceId(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (NUMBER.matcher(t).matches()) {
      return Long.valueOf(t);
    }
    Matcher m = ADDRESS.matcher(t);
    return m.find() ? Long.valueOf(m.group(1)) : null;
  }

  /** The linked resources the reader may see (read once per view, again after a change). */
  public List<SharedResourceView> getLinks() {
    if (links == null && network.getPage() != null) {
      links = feedback.attempt(() -> shared.links(network.getId()), null);
    }
    return links == null ? List.of() : links;
  }

  /** Links the resource the field names. */
  public void link() {
    if (network.getPage() == null) {
      return;
    }
    Long resource = resourceId(address);
    if (resource == null) {
      feedback.error(NetworkResourceService.NO_SUCH_RESOURCE);
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (feedback.attempt(
        () -> shared.link(network.getId(), resource), "networks.resources.linked")) {
      address = null;
      links = null;
    }
  }

  /** Unlinks one of the listed resources. */
  public void unlink(long resourceId) {
    if (network.getPage() != null
        && feedback.attempt(
            () -> shared.unlink(network.getId(), resourceId), "networks.resources.unlinked")) {
      links = null;
    }
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
