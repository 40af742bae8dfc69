package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;
import org.trustintranet.networks.domain.Nearness;

/**
 * A suggested observation partner: who they are, where they work, the asker's development areas
 * they are strong in (the explanation shown: "strong in questioning and oracy, which you are
 * developing") and how near they work.
 */
public record PartnerView(
    long personId,
    String name,
    String jobTitle,
    List<String> schools,
    List<FocusAreaView> areas,
    Nearness nearness)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PartnerView {
    schools = List.copyOf(schools);
    areas = List.copyOf(areas);
  }
}
