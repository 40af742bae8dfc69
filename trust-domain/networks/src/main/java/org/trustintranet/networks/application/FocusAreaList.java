package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/** The trust's focus areas, retired ones included, and whether the asker may change the list. */
public record FocusAreaList(boolean mayManage, List<FocusAreaView> areas) implements Serializable {
  private static final long serialVersionUID = 1L;

  public FocusAreaList {
    areas = List.copyOf(areas);
  }
}
