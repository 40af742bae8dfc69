package org.trustintranet.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.Subject;

/**
 * The benchmark trust's resource library, planned before a row is written: {@link
 * #RESOURCES_AT_SCALE_1} resources shared by the schools' teachers, their metadata spread over the
 * managed lists (every subject, key stage, type and licence), about {@link #SCHOOL_ONLY_PERCENT} %
 * for their school only, downloads and ratings varied, a few quality assured until a day after the
 * run (and a few whose badge has lapsed), some withdrawn in the last days. Each has one version, a
 * file of the small set {@link LibraryFiles#blobs()} (about {@link #MIB_PERCENT} % the 1 MiB PDF),
 * its text read (DONE). Its words come from {@link ResourceWords}: title, description, tags and the
 * text inside its file, mostly of its subject. The rows are kept in parallel arrays (a hundred
 * thousand records would be heavy); the texts are drawn again from each resource's own seed when
 * written. The same trust, seed, scale and day give the same library.
 */
final class ResourcesDataSet {
  static final int RESOURCES_AT_SCALE_1 = 100_000;
  static final int SCHOOL_ONLY_PERCENT = 30;
  static final int WITHDRAWN_PER_THOUSAND = 20;
  static final int ASSURED_PER_THOUSAND = 40;
  static final int LAPSED_PER_THOUSAND = 20;
  static final int MIB_PERCENT = 10;

  /** The fewest matches a benchmark search must have for the searcher (after its filters). */
  static final int MIN_MATCHES = 5;

  private static final Subject[] SUBJECTS = Subject.values();
  private static final KeyStage[] STAGES = KeyStage.values();
  private static final ResourceType[] TYPES = ResourceType.values();
  private static final Licence[] LICENCES = Licence.values();

  /** Weights in the order of the enums. */
  private static final int[] SUBJECT_WEIGHTS = {5, 3, 6, 4, 14, 6, 7, 5, 14, 4, 4, 5, 5, 12};

  private static final int[] STAGE_WEIGHTS = {8, 17, 25, 20, 20, 10};
  private static final int[] TYPE_WEIGHTS = {20, 22, 25, 10, 5, 8, 4, 6};
  private static final int[] LICENCE_WEIGHTS = {45, 10, 15, 8, 15, 7};

  private static final String[] REVIEWS = {
    "Worked well with my class.",
    "Clear and easy to adapt.",
    "Good starter, I added my own plenary.",
    "Saved me an evening, thank you.",
    "Needed more challenge for the top group."
  };

  /** A resource's words: as shown (title, description, tags) and as read from its file. */
  record Text(String title, String description, List<String> tags, String inner) {
    /** The words it is found by, as the library keeps them in resource_text. */
    String searchText() {
      return title + "\n" + description + "\n" + String.join(", ", tags) + "\n" + inner;
    }
  }

  /** A two-word search with two filters, and how many resources it finds for its searcher. */
  record Search(String words, Subject subject, KeyStage stage, int matches) {
    String query() {
      return "q="
          + words.replace(' ', '+')
          + "&subject="
          + subject.name()
          + "&stage="
          + stage.name();
    }
  }

  /** The ratings in parallel arrays: {@code person[i]} gave resource {@code resource[i]} stars. */
  record Ratings(long[] resource, long[] person, int[] stars, int[] review) {
    int size() {
      return resource.length;
    }

    static String review(int index) {
      return index < 0 ? null : REVIEWS[index];
    }
  }

  final int size;
  final long[] school;
  final long[] owner;
  final byte[] subject;
  final byte[] stage;
  final byte[] type;
  final byte[] licence;
  final boolean[] schoolOnly;
  final boolean[] withdrawn;

  /** 0 none, 1 quality assured until after the run, 2 assured once, lapsed. */
  final byte[] assured;

  final long[] assuredBy;
  final int[] downloads;
  final byte[] blob;

  /** Days before the run's day that each was shared. */
  final short[] ageDays;

  final Ratings ratings;
  final LocalDate today;
  private final long seed;
  private final Map<String, BitSet> rowsWithWord = new HashMap<>();
  private final BitSet trustVisible = new BitSet();
  private final Map<Long, BitSet> schoolOnlyBySchool = new HashMap<>();
  private final BitSet[] bySubject = new BitSet[SUBJECTS.length];
  private final BitSet[] byStage = new BitSet[STAGES.length];

  private ResourcesDataSet(int size, long seed, LocalDate today) {
    this.size = size;
    this.seed = seed;
    this.today = today;
    school = new long[size];
    owner = new long[size];
    subject = new byte[size];
    stage = new byte[size];
    type = new byte[size];
    licence = new byte[size];
    schoolOnly = new boolean[size];
    withdrawn = new boolean[size];
    assured = new byte[size];
    assuredBy = new long[size];
    downloads = new int[size];
    blob = new byte[size];
    ageDays = new short[size];
    ratings = null;
  }

  private ResourcesDataSet(ResourcesDataSet rows, Ratings ratings) {
    this.size = rows.size;
    this.seed = rows.seed;
    this.today = rows.today;
    this.school = rows.school;
    this.owner = rows.owner;
    this.subject = rows.subject;
    this.stage = rows.stage;
    this.type = rows.type;
    this.licence = rows.licence;
    this.schoolOnly = rows.schoolOnly;
    this.withdrawn = rows.withdrawn;
    this.assured = rows.assured;
    this.assuredBy = rows.assuredBy;
    this.downloads = rows.downloads;
    this.blob = rows.blob;
    this.ageDays = rows.ageDays;
    this.ratings = ratings;
  }

  static ResourcesDataSet plan(TrustDataSet trust, double scale, long seed, LocalDate today) {
    int count = TrustDataSet.scaled(RESOURCES_AT_SCALE_1, scale);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5265736f75726365L);
    List<TrustDataSet.MembershipRow> teachers =
        trust.memberships.stream().filter(m -> m.role() == SchoolRole.TEACHER).toList();
    if (teachers.isEmpty()) {
      teachers = trust.memberships;
    }
    List<Long> officers =
        trust.trustRoles.stream()
            .filter(r -> r.role() == TrustRole.EDUCATION_OFFICER)
            .map(TrustDataSet.TrustRoleRow::personId)
            .collect(Collectors.toCollection(ArrayList::new));
    if (officers.isEmpty()) {
      officers.add(1L); // the trust admin
    }
    ResourcesDataSet rows = new ResourcesDataSet(count, seed, today);
    for (int i = 0; i < count; i++) {
      TrustDataSet.MembershipRow by = teachers.get(random.nextInt(teachers.size()));
      rows.school[i] = by.schoolId();
      rows.owner[i] = by.personId();
      rows.subject[i] = (byte) weighted(random, SUBJECT_WEIGHTS);
      rows.stage[i] = (byte) weighted(random, STAGE_WEIGHTS);
      rows.type[i] = (byte) weighted(random, TYPE_WEIGHTS);
      rows.licence[i] = (byte) weighted(random, LICENCE_WEIGHTS);
      rows.schoolOnly[i] = random.nextInt(100) < SCHOOL_ONLY_PERCENT;
      rows.withdrawn[i] = random.nextInt(1000) < WITHDRAWN_PER_THOUSAND;
      int badge = random.nextInt(1000);
      rows.assured[i] =
          (byte)
              (badge < ASSURED_PER_THOUSAND
                  ? 1
                  : badge < ASSURED_PER_THOUSAND + LAPSED_PER_THOUSAND ? 2 : 0);
      rows.assuredBy[i] = officers.get(random.nextInt(officers.size()));
      // Skewed: most downloaded a few times, some hundreds of times.
      rows.downloads[i] = (int) Math.floor(Math.exp(random.nextDouble() * 7)) - 1;
      rows.blob[i] =
          (byte)
              (random.nextInt(100) < MIB_PERCENT
                  ? LibraryFiles.MIB_INDEX
                  : otherBlob(random.nextInt(LibraryFiles.COUNT - 1)));
      rows.ageDays[i] = (short) random.nextInt(3 * 365);
    }
    ResourcesDataSet planned = new ResourcesDataSet(rows, planRatings(rows, trust, random));
    planned.index();
    return planned;
  }

  private static int otherBlob(int n) {
    return n >= LibraryFiles.MIB_INDEX ? n + 1 : n;
  }

  private static Ratings planRatings(
      ResourcesDataSet rows, TrustDataSet trust, SplittableRandom random) {
    int capacity = rows.size * 3 + 16;
    long[] resource = new long[capacity];
    long[] person = new long[capacity];
    int[] stars = new int[capacity];
    int[] review = new int[capacity];
    int n = 0;
    int people = trust.people.size();
    for (int i = 0; i < rows.size && n < capacity - 16; i++) {
      if (random.nextInt(100) < 55) {
        continue;
      }
      int count = 1 + (int) Math.min(11, Math.floor(-Math.log(1 - random.nextDouble()) * 2));
      Set<Long> raters = new LinkedHashSet<>();
      for (int k = 0; k < count * 3 && raters.size() < count; k++) {
        long who = trust.people.get(random.nextInt(people)).id();
        if (who != rows.owner[i]) {
          raters.add(who);
        }
      }
      for (long who : raters) {
        if (n == capacity) {
          break;
        }
        resource[n] = i + 1L;
        person[n] = who;
        int roll = random.nextInt(100);
        stars[n] = roll < 5 ? 2 : roll < 20 ? 3 : roll < 60 ? 4 : 5;
        review[n] = random.nextInt(100) < 30 ? random.nextInt(REVIEWS.length) : -1;
        n++;
      }
    }
    return new Ratings(
        java.util.Arrays.copyOf(resource, n),
        java.util.Arrays.copyOf(person, n),
        java.util.Arrays.copyOf(stars, n),
        java.util.Arrays.copyOf(review, n));
  }

  private static int weighted(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  Subject subject(int i) {
    return SUBJECTS[subject[i]];
  }

  KeyStage stage(int i) {
    return STAGES[stage[i]];
  }

  ResourceType type(int i) {
    return TYPES[type[i]];
  }

  Licence licence(int i) {
    return LICENCES[licence[i]];
  }

  Instant createdAt(int i) {
    return today
        .minusDays(ageDays[i])
        .atTime(8, 0)
        .toInstant(ZoneOffset.UTC)
        .plusSeconds(i % 36_000);
  }

  /** Withdrawn in the last week (the clean-up removes them after 30 days). */
  Instant withdrawnAt(int i) {
    return today.minusDays(1 + i % 7).atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  /** The review date of a badge: after the run's day, or (lapsed) before it. */
  LocalDate assuredUntil(int i) {
    return assured[i] == 1 ? today.plusDays(30 + i % 300) : today.minusDays(1 + i % 200);
  }

  Instant assuredAt(int i) {
    return assuredUntil(i).minusYears(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
  }

  /** The year groups, as the resource stores them: one or two of its key stage's, ascending. */
  String yearGroups(int i) {
    List<Integer> years = new ArrayList<>(stage(i).years());
    int first = (int) ((i * 31L) % years.size());
    if (i % 3 == 0 && first + 1 < years.size()) {
      return years.get(first) + "," + years.get(first + 1);
    }
    return Integer.toString(years.get(first));
  }

  /** The resource's words, drawn from its own seed (the same every time). */
  Text text(int i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    Subject s = subject(i);
    ResourceWords.Draw topic = draw(s);
    ResourceWords.Draw general = GENERAL_DRAW;
    String first = topic.next(random);
    String second = topic.next(random);
    for (int k = 0; k < 5 && second.equals(first); k++) {
      second = topic.next(random);
    }
    String kind = type(i).name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String title =
        Character.toUpperCase(first.charAt(0))
            + first.substring(1)
            + " and "
            + second
            + ": "
            + kind
            + " for "
            + stage(i).name();
    String description =
        ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "An " : "A ")
            + kind
            + " on "
            + first
            + ", "
            + topic.next(random)
            + " and "
            + topic.next(random)
            + " with "
            + general.next(random)
            + " and "
            + general.next(random)
            + ".";
    List<String> tags = new ArrayList<>(new LinkedHashSet<>(topic.next(random, 3)));
    StringBuilder inner = new StringBuilder();
    for (int sentence = 0; sentence < 6; sentence++) {
      List<String> words = new ArrayList<>(topic.next(random, 4));
      words.addAll(general.next(random, 3));
      for (int k = words.size() - 1; k > 0; k--) {
        int j = random.nextInt(k + 1);
        String t = words.get(k);
        words.set(k, words.get(j));
        words.set(j, t);
      }
      String line = String.join(" ", words);
      inner.append(Character.toUpperCase(line.charAt(0))).append(line.substring(1)).append(". ");
    }
    return new Text(title, description, tags, inner.toString().strip());
  }

  private static final ResourceWords.Draw GENERAL_DRAW =
      new ResourceWords.Draw(ResourceWords.general());
  private static final Map<Subject, ResourceWords.Draw> DRAWS = new HashMap<>();

  private static synchronized ResourceWords.Draw draw(Subject subject) {
    return DRAWS.computeIfAbsent(subject, s -> new ResourceWords.Draw(ResourceWords.of(s)));
  }

  /** Indexes the rows by the search words, subject, key stage and who may see them. */
  private void index() {
    Set<String> wanted = new LinkedHashSet<>();
    for (Subject s : SUBJECTS) {
      wanted.addAll(ResourceWords.searchWords(s));
    }
    for (int k = 0; k < SUBJECTS.length; k++) {
      bySubject[k] = new BitSet(size);
    }
    for (int k = 0; k < STAGES.length; k++) {
      byStage[k] = new BitSet(size);
    }
    for (int i = 0; i < size; i++) {
      bySubject[subject[i]].set(i);
      byStage[stage[i]].set(i);
      if (!withdrawn[i]) {
        if (schoolOnly[i]) {
          schoolOnlyBySchool.computeIfAbsent(school[i], k -> new BitSet(size)).set(i);
        } else {
          trustVisible.set(i);
        }
      }
      for (String word : text(i).searchText().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        if (wanted.contains(word)) {
          rowsWithWord.computeIfAbsent(word, w -> new BitSet(size)).set(i);
        }
      }
    }
  }

  /** The resources (0-based rows) holding both words, of any subject, visible or not. */
  int pairMatches(String first, String second) {
    BitSet both = (BitSet) rowsWithWord.getOrDefault(first, new BitSet()).clone();
    both.and(rowsWithWord.getOrDefault(second, new BitSet()));
    return both.cardinality();
  }

  /**
   * The {@code n}-th search of a teacher of these schools: two words of one subject's middle ranks
   * and that subject and a key stage as filters, chosen so that it finds at least {@link
   * #MIN_MATCHES} resources the teacher may see (shared with the trust, or school-only at one of
   * their schools; not withdrawn). Consecutive {@code n} vary the subject, words and key stage.
   */
  Search searchFor(Set<Long> schools, int n) {
    BitSet visible = (BitSet) trustVisible.clone();
    for (long s : schools) {
      BitSet own = schoolOnlyBySchool.get(s);
      if (own != null) {
        visible.or(own);
      }
    }
    for (int attempt = 0; attempt < 2_000; attempt++) {
      int m = n + attempt * 7;
      int k = Math.floorMod(m, SUBJECTS.length);
      List<String> words = ResourceWords.searchWords(SUBJECTS[k]);
      int a = Math.floorMod(m / SUBJECTS.length, words.size());
      int b = Math.floorMod(a + 1 + Math.floorMod(m / 3 + attempt, words.size() - 1), words.size());
      int st = Math.floorMod(m / 5 + attempt, STAGES.length);
      BitSet found = (BitSet) rowsWithWord.getOrDefault(words.get(a), new BitSet()).clone();
      found.and(rowsWithWord.getOrDefault(words.get(b), new BitSet()));
      found.and(bySubject[k]);
      found.and(byStage[st]);
      found.and(visible);
      if (found.cardinality() >= MIN_MATCHES) {
        return new Search(
            words.get(a) + " " + words.get(b), SUBJECTS[k], STAGES[st], found.cardinality());
      }
    }
    throw new IllegalStateException(
        "No benchmark search finds " + MIN_MATCHES + " resources for schools " + schools);
  }

  /**
   * Ids of the resources every member of staff may download whose version 1 is the 1 MiB file:
   * shared with the trust, not withdrawn.
   */
  long[] mebibyteDownloads() {
    return java.util.stream.IntStream.range(0, size)
        .filter(i -> blob[i] == LibraryFiles.MIB_INDEX && trustVisible.get(i))
        .mapToLong(i -> i + 1L)
        .toArray();
  }
}
