package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A peer observation as one of its two people sees it: who invited whom (with their schools), the
 * asker's part ({@code INVITER} or {@code INVITEE}) and whether the asker is the one who watches,
 * the focus area (English and Welsh names), the inviter's message, where it stands, the agreed
 * lesson, and what the asker may do with it now. Never shown to anyone else.
 */
public record ObservationView(
    long id,
    long inviterId,
    String inviterName,
    List<String> inviterSchools,
    long inviteeId,
    String inviteeName,
    List<String> inviteeSchools,
    String myPart,
    boolean iWatch,
    String partnerName,
    String direction,
    String focusArea,
    String focusAreaCy,
    String message,
    String state,
    String declineReason,
    LocalDate lessonOn,
    String lessonTime,
    String lesson,
    Instant invitedAt,
    boolean mayAccept,
    boolean mayAgree,
    boolean mayCancel,
    boolean mayMarkDone,
    boolean mayRecordFeedback)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ObservationView {
    inviterSchools = List.copyOf(inviterSchools);
    inviteeSchools = List.copyOf(inviteeSchools);
  }

  /** Invited, accepted or scheduled. */
  public boolean open() {
    return state.equals("INVITED") || state.equals("ACCEPTED") || state.equals("SCHEDULED");
  }
}
