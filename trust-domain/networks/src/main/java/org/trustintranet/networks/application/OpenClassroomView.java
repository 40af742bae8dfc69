package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.trustintranet.networks.domain.OpenClassroomState;

/**
 * An open classroom as a reader sees it: what, when, who teaches, how many places are free, whether
 * the reader has a place, what they may do, and, for its teacher and the admins of its school only,
 * who is coming (empty for everyone else).
 */
public record OpenClassroomView(
    long id,
    long teacherId,
    String teacherName,
    String schoolName,
    LocalDate day,
    LocalTime starts,
    LocalTime ends,
    String periodLabel,
    String classGroup,
    String subject,
    FocusAreaView focusArea,
    String description,
    int visitorLimit,
    int taken,
    OpenClassroomState state,
    boolean signedUp,
    boolean mayManage,
    boolean maySignUp,
    List<VisitorLine> visitors)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public OpenClassroomView {
    visitors = List.copyOf(visitors);
  }

  public int free() {
    return Math.max(0, visitorLimit - taken);
  }

  public boolean open() {
    return state == OpenClassroomState.OPEN;
  }

  /** The period and the times, as given: "Period 3 · 10:40–11:40". */
  public String when() {
    String times = starts == null ? "" : starts + "–" + ends;
    if (periodLabel.isEmpty()) {
      return times;
    }
    return times.isEmpty() ? periodLabel : periodLabel + " · " + times;
  }
}
