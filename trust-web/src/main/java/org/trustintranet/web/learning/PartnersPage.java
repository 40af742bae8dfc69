package org.trustintranet.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.trustintranet.networks.application.FocusAreaView;
import org.trustintranet.networks.application.PartnerSuggestions;
import org.trustintranet.networks.application.PartnerView;
import org.trustintranet.networks.application.TeachingProfileService;

/**
 * Backs learning/partners.xhtml: colleagues strong in what the signed-in teacher is developing,
 * best first, each with why ("Strong in questioning and oracy, which you are developing") and a
 * link to invite them to an observation.
 */
@Named
@RequestScoped
public class PartnersPage {
  @Inject TeachingProfileService profiles;
  @Inject FacesContext faces;

  private PartnerSuggestions suggestions;

  public void load() {
    suggestions = profiles.partners();
  }

  public PartnerSuggestions getSuggestions() {
    return suggestions;
  }

  /** Why the partner is suggested, in the page's language. */
  public String why(PartnerView partner) {
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    String language = faces.getViewRoot().getLocale().getLanguage();
    List<String> names = partner.areas().stream().map(a -> a.nameIn(language)).toList();
    return MessageFormat.format(msg.getString("learning.partners.why"), joined(names, msg));
  }

  /** The first area to observe, for the invitation link. */
  public long firstArea(PartnerView partner) {
    return partner.areas().stream().mapToLong(FocusAreaView::id).findFirst().orElse(0);
  }

  private static String joined(List<String> names, ResourceBundle msg) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " "
        + msg.getString("learning.and")
        + " "
        + names.get(names.size() - 1);
  }
}
