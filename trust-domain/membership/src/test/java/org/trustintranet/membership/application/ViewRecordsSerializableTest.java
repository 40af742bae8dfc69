package org.trustintranet.membership.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.PersonStatus;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;

/**
 * Pages keep these views in their view-scoped beans, which live in the HTTP session: a Payara Micro
 * cluster copies sessions between instances, so every view must survive serialization (the
 * benchmark's server log showed "Cannot serialize session attribute activeViewMaps" before).
 */
class ViewRecordsSerializableTest {
  private static final Instant WHEN = Instant.parse("2025-09-01T07:00:00Z");
  private static final MembershipView MEMBERSHIP =
      new MembershipView(7, 3, "Oakfield Primary School", SchoolRole.TEACHER, WHEN, null);

  @Test
  void everyViewAPageKeepsSurvivesSerialization() throws Exception {
    List<Object> views =
        List.of(
            MEMBERSHIP,
            new PersonView(
                1,
                "ann@oakvalley.sch.uk",
                "Ann",
                "Lee",
                "Teacher",
                PersonStatus.ACTIVE,
                null,
                Set.of(TrustRole.NEWS_EDITOR),
                List.of(MEMBERSHIP),
                2,
                new PersonActions(true, true, false, false, true)),
            new StaffRow(
                1,
                "Ann Lee",
                "ann@oakvalley.sch.uk",
                "Teacher",
                PersonStatus.ACTIVE,
                List.of(MEMBERSHIP)),
            new SchoolView(
                3,
                "100001",
                "Oakfield Primary School",
                Phase.PRIMARY,
                "Oakshire",
                "1 Oak Lane",
                "Mrs Head",
                false,
                1,
                42),
            new SchoolMemberRow(
                7, 1, "Ann Lee", "ann@oakvalley.sch.uk", "Teacher", SchoolRole.TEACHER));
    for (Object view : views) {
      assertEquals(view, roundTrip(view), view.getClass().getSimpleName());
    }
  }

  private static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
