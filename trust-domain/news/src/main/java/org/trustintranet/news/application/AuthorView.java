package org.trustintranet.news.application;

import java.io.Serializable;
import java.util.List;

/**
 * The author of posts as their page ("About the author") introduces them: name, job title and the
 * schools they belong to now (none once they have left; what they wrote stays theirs).
 */
public record AuthorView(long id, String name, String jobTitle, List<String> schools)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public AuthorView {
    schools = List.copyOf(schools);
  }

  /** Their schools as one line ("Oakfield Primary School, Riverside Academy"). */
  public String schoolsLine() {
    return String.join(", ", schools);
  }
}
