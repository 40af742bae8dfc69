package org.trustintranet.web.networks;

import java.io.Serializable;
import java.util.List;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.membership.application.DirectoryFilter;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.membership.application.StaffRow;

/**
 * Choosing an active person of the trust, through the staff directory's search: words of a name or
 * an email, then one of the first {@value #MATCHES} people found. The choice is an id from the list
 * shown (the select's values), which the service checks again.
 */
public class PersonPicker implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int MATCHES = 20;
  private static final int MAX_TEXT = 100;

  private String text;
  private List<StaffRow> matches = List.of();
  private Long chosen;

  /** The people whose name or email match the words (none for no words). */
  void search(StaffDirectoryService staff) {
    String words = text == null ? "" : text.strip();
    if (words.length() > MAX_TEXT) {
      words = words.substring(0, MAX_TEXT);
    }
    matches =
        words.isEmpty()
            ? List.of()
            : List.copyOf(
                staff.directory(
                    new DirectoryFilter(words, null, null, false), PageRequest.first(MATCHES)));
    chosen = matches.size() == 1 ? matches.get(0).personId() : null;
  }

  void clear() {
    text = null;
    matches = List.of();
    chosen = null;
  }

  public boolean isSearched() {
    return text != null && !text.isBlank();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<StaffRow> getMatches() {
    return matches;
  }

  public Long getChosen() {
    return chosen;
  }

  public void setChosen(Long chosen) {
    this.chosen = chosen;
  }
}
