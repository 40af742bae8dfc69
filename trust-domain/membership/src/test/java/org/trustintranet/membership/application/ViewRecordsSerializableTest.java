package org.trustintranet.membership.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.Language;
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
                new PersonActions(true, true, false, false, true),
                Language.WELSH),
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

  /**
   * Every record of the service API, found in the compiled package rather than listed by hand, is
   * serializable with sample values in every component: a new record that a page might keep cannot
   * be forgotten.
   */
  @Test
  void everyRecordOfTheServiceApiSurvivesSerialization() throws Exception {
    List<Class<?>> records = serviceApiRecords();
    assertTrue(records.size() >= 10, "found the records: " + records);
    for (Class<?> type : records) {
      assertTrue(Serializable.class.isAssignableFrom(type), type + " is Serializable");
      Object sample = sample(type);
      assertEquals(sample, roundTrip(sample), type.getSimpleName());
    }
  }

  private static List<Class<?>> serviceApiRecords() throws Exception {
    Path folder =
        Path.of(
            PersonView.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI()
                .resolve(PersonView.class.getPackageName().replace('.', '/')));
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type =
              Class.forName(PersonView.class.getPackageName() + "." + name.replace(".class", ""));
          if (type.isRecord()) {
            records.add(type);
          }
        }
      }
    }
    return records;
  }

  /** A value of {@code type} with a sample in each component, built through its constructor. */
  private static Object sample(Class<?> type) throws Exception {
    if (type == long.class || type == Long.class) {
      return 1L;
    } else if (type == int.class || type == Integer.class) {
      return 1;
    } else if (type == boolean.class || type == Boolean.class) {
      return true;
    } else if (type == String.class) {
      return "sample";
    } else if (type == Instant.class) {
      return WHEN;
    } else if (type == Duration.class) {
      return Duration.ofMinutes(15);
    } else if (type.isEnum()) {
      return type.getEnumConstants()[0];
    } else if (type == List.class) {
      return List.of();
    } else if (type == Set.class) {
      return Set.of();
    } else if (type == Map.class) {
      return Map.of();
    } else if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(types[i]);
      }
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    }
    throw new IllegalArgumentException("no sample for " + type + ": add one here");
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
