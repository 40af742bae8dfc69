package org.trustintranet.rooms.application;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.trustintranet.rooms.domain.RoomPhoto;

/**
 * A room's photo as its manager chooses it: a new image ({@code upload}, checked and stored by the
 * service) or, without one, the photo the room has; always with its alternative text.
 */
public record PhotoForm(
    PhotoUpload upload,
    @Size(max = RoomPhoto.ALT_LENGTH, message = "{rooms.photoAlt.tooLong}") String alt)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PhotoForm {
    alt = alt == null || alt.isBlank() ? null : alt.strip();
  }
}
