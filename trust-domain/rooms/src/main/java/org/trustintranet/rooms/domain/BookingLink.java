package org.trustintranet.rooms.domain;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * What a booking was made for, as a link its details show: a label (such as a network's name) and a
 * path inside the intranet, such as {@code /networks/session.xhtml?id=12}: it starts with one slash
 * and holds only plain URL characters, so it can never lead off the intranet or carry markup. Set
 * by the context that booked the room (networks, for a session). A junk link is refused with {@code
 * error.rooms.link}.
 */
public record BookingLink(String label, String path) implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int LABEL_LENGTH = 200;
  public static final int PATH_LENGTH = 300;

  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9][A-Za-z0-9/._~?=&%-]*");

  public BookingLink {
    label = label == null ? "" : label.strip();
    path = path == null ? "" : path.strip();
    if (label.isEmpty()
        || label.length() > LABEL_LENGTH
        || path.length() > PATH_LENGTH
        || !PATH.matcher(path).matches()
        || path.contains("..")) {
      throw new BusinessException("error.rooms.link");
    }
  }
}
