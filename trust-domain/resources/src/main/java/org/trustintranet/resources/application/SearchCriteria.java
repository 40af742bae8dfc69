package org.trustintranet.resources.application;

import java.io.Serializable;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ResourceQuery;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.Subject;

/** What the reader asked the library: words as typed, filters chosen (null: any), the order. */
public record SearchCriteria(
    String words,
    Subject subject,
    KeyStage keyStage,
    ResourceType type,
    Long schoolId,
    Licence licence,
    boolean assuredOnly,
    ResourceQuery.Sort sort)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final SearchCriteria EVERYTHING =
      new SearchCriteria(null, null, null, null, null, null, false, null);
}
