package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * The asker's suggested partners, and whether they have said what they are developing (with no
 * development areas there is nothing to match, and the page says so).
 */
public record PartnerSuggestions(boolean developing, List<PartnerView> partners)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PartnerSuggestions {
    partners = List.copyOf(partners);
  }
}
