package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.resources.domain.Subject;

/** The library's plan: its words, its files, its spread over the lists, its searches. */
class ResourcesDataSetTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  @Test
  void theVocabularyHasThousandsOfIndexableWords() {
    Set<String> words = ResourceWords.vocabulary();
    assertTrue(words.size() >= 1_000, "distinct words: " + words.size());
    for (String word : words) {
      assertTrue(word.matches("[a-z]{4,}"), word);
    }
    for (Subject subject : Subject.values()) {
      assertTrue(ResourceWords.of(subject).size() >= 40, subject + " has few words");
      assertEquals(24, ResourceWords.searchWords(subject).size(), subject.name());
    }
  }

  @Test
  void theFilesAreEightWithOneOfExactlyOneMebibyte() {
    List<LibraryFiles.Blob> blobs = LibraryFiles.blobs();
    assertEquals(LibraryFiles.COUNT, blobs.size());
    assertEquals(LibraryFiles.MIB, blobs.get(LibraryFiles.MIB_INDEX).size());
    assertEquals("application/pdf", blobs.get(LibraryFiles.MIB_INDEX).mediaType());
    String head =
        new String(blobs.get(LibraryFiles.MIB_INDEX).bytes(), 0, 8, StandardCharsets.ISO_8859_1);
    assertTrue(head.startsWith("%PDF-1.4"), head);
    Set<String> ids = new HashSet<>();
    blobs.forEach(b -> ids.add(b.sha256Hex()));
    assertEquals(LibraryFiles.COUNT, ids.size(), "eight different contents");
    assertEquals(
        "ab/cd/abcd" + "0".repeat(60),
        LibraryFiles.pathOf(java.nio.file.Path.of(""), "abcd" + "0".repeat(60)).toString());
  }

  @Test
  void theLibraryIsSpreadAsPlannedAndTheSameEachTime() {
    TrustDataSet trust = TrustDataSet.plan(0.1, 42);
    ResourcesDataSet library = ResourcesDataSet.plan(trust, 0.1, 42, DAY);
    assertEquals(10_000, library.size);
    int schoolOnly = 0;
    int withdrawn = 0;
    int assured = 0;
    int mib = 0;
    Set<Subject> subjects = new HashSet<>();
    for (int i = 0; i < library.size; i++) {
      schoolOnly += library.schoolOnly[i] ? 1 : 0;
      withdrawn += library.withdrawn[i] ? 1 : 0;
      assured += library.assured[i] == 1 ? 1 : 0;
      mib += library.blob[i] == LibraryFiles.MIB_INDEX ? 1 : 0;
      subjects.add(library.subject(i));
      assertTrue(library.stage(i).holds(Integer.parseInt(library.yearGroups(i).split(",")[0])));
    }
    assertEquals(30, Math.round(schoolOnly * 100.0 / library.size), "school only %");
    assertTrue(withdrawn > 100 && withdrawn < 300, "withdrawn " + withdrawn);
    assertTrue(assured > 250 && assured < 550, "assured " + assured);
    assertTrue(mib > 800 && mib < 1_200, "1 MiB files " + mib);
    assertEquals(Subject.values().length, subjects.size());
    assertTrue(library.ratings.size() > 5_000, "ratings " + library.ratings.size());
    // the owner teaches at the resource's school
    for (int i = 0; i < 500; i++) {
      long owner = library.owner[i];
      long school = library.school[i];
      assertTrue(
          trust.memberships.stream()
              .anyMatch(
                  m ->
                      m.personId() == owner
                          && m.schoolId() == school
                          && m.role() == SchoolRole.TEACHER));
    }
    ResourcesDataSet again = ResourcesDataSet.plan(trust, 0.1, 42, DAY);
    assertArrayEquals(library.owner, again.owner);
    assertEquals(library.text(77), again.text(77));
  }

  @Test
  void twoWordSearchesFindAFewHundredAtTrustScale() {
    TrustDataSet trust = TrustDataSet.plan(1.0, 42);
    ResourcesDataSet library = ResourcesDataSet.plan(trust, 1.0, 42, DAY);
    assertEquals(100_000, library.size);
    List<Integer> counts = new ArrayList<>();
    for (Subject subject : Subject.values()) {
      List<String> words = ResourceWords.searchWords(subject);
      for (int a = 0; a < words.size(); a += 4) {
        counts.add(library.pairMatches(words.get(a), words.get((a + 5) % words.size())));
      }
    }
    Collections.sort(counts);
    int median = counts.get(counts.size() / 2);
    assertTrue(median >= 50 && median <= 1_500, "median pair count " + median + ": " + counts);

    Map<Long, SchoolRole> roles = Benchmark.schoolRoles(trust, trust.people.get(200).id());
    Set<String> distinct = new HashSet<>();
    for (int n = 0; n < 50; n++) {
      ResourcesDataSet.Search search = library.searchFor(roles.keySet(), n);
      assertTrue(search.matches() >= ResourcesDataSet.MIN_MATCHES, search.toString());
      assertTrue(search.query().matches("q=[a-z]+\\+[a-z]+&subject=[A-Z_]+&stage=[A-Z0-9]+"));
      distinct.add(search.query());
    }
    assertTrue(distinct.size() >= 40, "searches vary: " + distinct.size());
    assertTrue(library.mebibyteDownloads().length > 5_000);
  }
}
