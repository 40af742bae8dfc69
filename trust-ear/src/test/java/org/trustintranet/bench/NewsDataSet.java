package org.trustintranet.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.PostState;

/**
 * The benchmark trust's news, planned from its people before a row is written: posts over two years
 * with mixed audiences (the whole trust, one school, several schools, narrowed to roles), written
 * by the trust admin, the news editors and each school's admin, some must-read and a few pinned or
 * still drafts; and read marks (post_read), each by a reader the post is aimed at, some of the
 * must-reads acknowledged. The audiences are the news context's own {@link Audience}, so the stored
 * keys are those the application writes. The same trust, seed and scale give the same news.
 */
final class NewsDataSet {
  static final int POSTS_AT_SCALE_1 = 20_000;
  static final int READS_AT_SCALE_1 = 1_000_000;
  static final int COMMENTS_AT_SCALE_1 = 200_000;

  /** The comments of each discussed post: what the benchmark's post page shows. */
  static final int DISCUSSION_LENGTH = 30;

  /**
   * One published post in this many is a discussed one, with {@link #DISCUSSION_LENGTH} comments.
   */
  static final int DISCUSSED_EVERY = 20;

  /** Shares of the posts' audiences, in percent: the rest is narrowed to roles. */
  static final int TRUST_WIDE = 25;

  static final int ONE_SCHOOL = 45;
  static final int SEVERAL_SCHOOLS = 15;

  /** Posts go back this far from {@link TrustDataSet#AS_OF}. */
  static final Duration SPAN = Duration.ofDays(730);

  record PostRow(
      long id,
      String title,
      String summary,
      String body,
      long authorId,
      PostState state,
      boolean pinned,
      boolean mustRead,
      Instant publishedAt,
      Instant createdAt,
      Audience audience) {}

  /**
   * The read marks, in parallel arrays (a million records would be a hundred megabytes): post
   * {@code post[i]} was read by {@code person[i]} at {@code readAt[i]}, and acknowledged at {@code
   * acknowledgedAt[i]} when that is not null. Sorted by post, then person.
   */
  record Reads(long[] post, long[] person, Instant[] readAt, Instant[] acknowledgedAt) {
    int size() {
      return post.length;
    }
  }

  /**
   * The comments, in parallel arrays as the read marks: comment {@code i} (id {@code i + 1}) on
   * post {@code post[i]} by {@code author[i]}, written at {@code createdAt[i]}, its text {@code
   * COMMENTS[text[i]]}. Grouped by post, oldest first within a post.
   */
  record Comments(long[] post, long[] author, Instant[] createdAt, int[] text) {
    int size() {
      return post.length;
    }
  }

  final List<PostRow> posts;
  private final TrustDataSet trust;
  private final double scale;
  private final long seed;

  private NewsDataSet(TrustDataSet trust, List<PostRow> posts, double scale, long seed) {
    this.trust = trust;
    this.posts = List.copyOf(posts);
    this.scale = scale;
    this.seed = seed;
  }

  static NewsDataSet plan(TrustDataSet trust, double scale, long seed) {
    SplittableRandom random = new SplittableRandom(seed * 31 + 17);
    int count = TrustDataSet.scaled(POSTS_AT_SCALE_1, scale);
    Map<Long, Long> schoolAdmins = new HashMap<>();
    for (TrustDataSet.MembershipRow m : trust.memberships) {
      if (m.role() == SchoolRole.SCHOOL_ADMIN) {
        schoolAdmins.putIfAbsent(m.schoolId(), m.personId());
      }
    }
    List<Long> trustWriters = new ArrayList<>();
    trustWriters.add(1L); // the trust admin
    trust.trustRoles.stream()
        .filter(r -> r.role() == TrustRole.NEWS_EDITOR)
        .forEach(r -> trustWriters.add(r.personId()));
    List<TrustDataSet.SchoolRow> schools = trust.schools;
    long spanMinutes = SPAN.toMinutes();
    List<PostRow> posts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long id = i + 1L;
      int kind = random.nextInt(100);
      Audience audience;
      long author;
      if (kind < TRUST_WIDE) {
        audience = Audience.WHOLE_TRUST;
        author = trustWriters.get(random.nextInt(trustWriters.size()));
      } else if (kind < TRUST_WIDE + ONE_SCHOOL || schools.size() == 1) {
        long school = schools.get(random.nextInt(schools.size())).id();
        audience = Audience.schools(Set.of(school));
        author = schoolAdmins.get(school);
      } else if (kind < TRUST_WIDE + ONE_SCHOOL + SEVERAL_SCHOOLS) {
        int wanted = Math.min(schools.size(), 2 + random.nextInt(4));
        Set<Long> chosen = new TreeSet<>();
        while (chosen.size() < wanted) {
          chosen.add(schools.get(random.nextInt(schools.size())).id());
        }
        audience = Audience.schools(chosen);
        author = trustWriters.get(random.nextInt(trustWriters.size()));
      } else {
        // narrowed to one or two roles, at one school or across the trust
        Set<SchoolRole> roles = EnumSet.noneOf(SchoolRole.class);
        SchoolRole[] all = SchoolRole.values();
        roles.add(all[random.nextInt(all.length)]);
        if (random.nextBoolean()) {
          roles.add(all[random.nextInt(all.length)]);
        }
        if (random.nextBoolean()) {
          audience = new Audience(true, Set.of(), roles);
          author = trustWriters.get(random.nextInt(trustWriters.size()));
        } else {
          long school = schools.get(random.nextInt(schools.size())).id();
          audience = new Audience(false, Set.of(school), roles);
          author = schoolAdmins.get(school);
        }
      }
      // newer ids are newer posts, give or take a day
      long minutesBack =
          Math.max(0, spanMinutes - spanMinutes * i / count + random.nextInt(24 * 60) - 720);
      Instant created = TrustDataSet.AS_OF.minus(Duration.ofMinutes(minutesBack));
      boolean draft = random.nextInt(100) == 0;
      boolean mustRead = random.nextInt(10) == 0;
      boolean pinned = !draft && random.nextInt(400) == 0;
      String topic = TOPICS[random.nextInt(TOPICS.length)];
      String title = topic + " (" + id + ")";
      String summary = random.nextInt(4) == 0 ? null : SUMMARIES[random.nextInt(SUMMARIES.length)];
      StringBuilder body = new StringBuilder();
      int paragraphs = 1 + random.nextInt(5);
      for (int p = 0; p < paragraphs; p++) {
        body.append("<p>").append(PARAGRAPHS[random.nextInt(PARAGRAPHS.length)]).append("</p>");
      }
      posts.add(
          new PostRow(
              id,
              title,
              summary,
              body.toString(),
              author,
              draft ? PostState.DRAFT : PostState.PUBLISHED,
              pinned,
              mustRead,
              draft ? null : created.plus(Duration.ofMinutes(5)),
              created,
              audience));
    }
    return new NewsDataSet(trust, posts, scale, seed);
  }

  /**
   * Plans the read marks: {@code READS_AT_SCALE_1} times the scale, shared among the published
   * posts by how many readers each has (recent posts a little more), each reader one the post is
   * aimed at, a reader at most once per post; seven in ten readers of a must-read acknowledge it.
   */
  Reads planReads() {
    SplittableRandom random = new SplittableRandom(seed * 131 + 7);
    int wanted = TrustDataSet.scaled(READS_AT_SCALE_1, scale);
    Map<Long, Map<Long, SchoolRole>> rolesBySchool = new HashMap<>();
    for (TrustDataSet.MembershipRow m : trust.memberships) {
      rolesBySchool.computeIfAbsent(m.schoolId(), s -> new HashMap<>()).put(m.personId(), m.role());
    }
    Map<Set<String>, long[]> readersByKeys = new HashMap<>();
    List<PostRow> published = posts.stream().filter(p -> p.state() == PostState.PUBLISHED).toList();
    long[][] readers = new long[published.size()][];
    double[] weight = new double[published.size()];
    double total = 0;
    for (int i = 0; i < published.size(); i++) {
      PostRow post = published.get(i);
      readers[i] =
          readersByKeys.computeIfAbsent(
              post.audience().keys(), k -> readersOf(post.audience(), rolesBySchool));
      weight[i] = readers[i].length * (0.5 + (double) i / published.size());
      total += weight[i];
    }
    int[] quota = new int[published.size()];
    long capacity = 0;
    int given = 0;
    for (int i = 0; i < published.size(); i++) {
      quota[i] = (int) Math.min(readers[i].length, Math.floor(wanted * weight[i] / total));
      given += quota[i];
      capacity += readers[i].length;
    }
    if (capacity < wanted) {
      throw new IllegalStateException(
          "Only " + capacity + " read marks are possible, " + wanted + " wanted");
    }
    // the rounding remainder, to posts with readers to spare, newest first
    for (int i = published.size() - 1; given < wanted; i = i == 0 ? published.size() - 1 : i - 1) {
      if (quota[i] < readers[i].length) {
        quota[i]++;
        given++;
      }
    }
    long[] post = new long[wanted];
    long[] person = new long[wanted];
    Instant[] readAt = new Instant[wanted];
    Instant[] acknowledgedAt = new Instant[wanted];
    int n = 0;
    for (int i = 0; i < published.size(); i++) {
      PostRow p = published.get(i);
      long[] chosen = pick(readers[i], quota[i], random);
      for (long reader : chosen) {
        post[n] = p.id();
        person[n] = reader;
        readAt[n] = p.publishedAt().plus(Duration.ofMinutes(1 + random.nextInt(30 * 24 * 60)));
        acknowledgedAt[n] =
            p.mustRead() && random.nextInt(10) < 7
                ? readAt[n].plus(Duration.ofMinutes(random.nextInt(60)))
                : null;
        n++;
      }
    }
    return new Reads(post, person, readAt, acknowledgedAt);
  }

  /** Whether the post is one of the discussed ones: published, one in {@link #DISCUSSED_EVERY}. */
  static boolean discussed(PostRow post) {
    return post.state() == PostState.PUBLISHED && post.id() % DISCUSSED_EVERY == 0;
  }

  /**
   * Plans the comments: {@code COMMENTS_AT_SCALE_1} times the scale; each discussed post gets
   * exactly {@link #DISCUSSION_LENGTH}, the rest go to other published posts at random; each
   * comment by a reader the post is aimed at, in the month after it was published.
   */
  Comments planComments() {
    SplittableRandom random = new SplittableRandom(seed * 977 + 3);
    int wanted = TrustDataSet.scaled(COMMENTS_AT_SCALE_1, scale);
    Map<Long, Map<Long, SchoolRole>> rolesBySchool = new HashMap<>();
    for (TrustDataSet.MembershipRow m : trust.memberships) {
      rolesBySchool.computeIfAbsent(m.schoolId(), s -> new HashMap<>()).put(m.personId(), m.role());
    }
    Map<Set<String>, long[]> readersByKeys = new HashMap<>();
    List<PostRow> discussedPosts = new ArrayList<>();
    List<PostRow> others = new ArrayList<>();
    for (PostRow p : posts) {
      if (p.state() != PostState.PUBLISHED
          || readersByKeys.computeIfAbsent(
                      p.audience().keys(), k -> readersOf(p.audience(), rolesBySchool))
                  .length
              == 0) {
        continue;
      }
      (discussed(p) ? discussedPosts : others).add(p);
    }
    int[] count = new int[posts.size() + 1];
    int given = 0;
    for (PostRow p : discussedPosts) {
      int n = Math.min(DISCUSSION_LENGTH, wanted - given);
      count[(int) p.id()] = n;
      given += n;
    }
    while (given < wanted && !others.isEmpty()) {
      count[(int) others.get(random.nextInt(others.size())).id()]++;
      given++;
    }
    long[] post = new long[given];
    long[] author = new long[given];
    Instant[] createdAt = new Instant[given];
    int[] text = new int[given];
    int n = 0;
    for (PostRow p : posts) {
      int comments = count[(int) p.id()];
      if (comments == 0) {
        continue;
      }
      long[] readers = readersByKeys.get(p.audience().keys());
      long[] minutes = new long[comments];
      for (int c = 0; c < comments; c++) {
        minutes[c] = 1 + random.nextInt(30 * 24 * 60);
      }
      java.util.Arrays.sort(minutes);
      for (int c = 0; c < comments; c++) {
        post[n] = p.id();
        author[n] = readers[random.nextInt(readers.length)];
        createdAt[n] = p.publishedAt().plus(Duration.ofMinutes(minutes[c]));
        text[n] = random.nextInt(COMMENTS.length);
        n++;
      }
    }
    return new Comments(post, author, createdAt, text);
  }

  /** Everyone the audience is for, by id: members of its schools (or any) holding its roles. */
  private long[] readersOf(Audience audience, Map<Long, Map<Long, SchoolRole>> rolesBySchool) {
    Set<Long> ids = new TreeSet<>();
    rolesBySchool.forEach(
        (school, members) -> {
          if (audience.wholeTrust() || audience.schoolIds().contains(school)) {
            members.forEach(
                (personId, role) -> {
                  if (audience.includesRole(role)) {
                    ids.add(personId);
                  }
                });
          }
        });
    return ids.stream().mapToLong(Long::longValue).toArray();
  }

  /** {@code count} distinct values of {@code from}, in ascending order (a partial shuffle). */
  private static long[] pick(long[] from, int count, SplittableRandom random) {
    long[] copy = from.clone();
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(copy.length - i);
      long swap = copy[i];
      copy[i] = copy[j];
      copy[j] = swap;
    }
    long[] chosen = java.util.Arrays.copyOf(copy, count);
    java.util.Arrays.sort(chosen);
    return chosen;
  }

  /** Published posts aimed at a reader with these roles by school, newest first. */
  List<PostRow> readableBy(Map<Long, SchoolRole> schoolRoles) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("*");
    schoolRoles.forEach(
        (school, role) -> {
          keys.add("*:" + role.name());
          keys.add(String.valueOf(school));
          keys.add(school + ":" + role.name());
        });
    List<PostRow> readable = new ArrayList<>();
    for (int i = posts.size() - 1; i >= 0; i--) {
      PostRow p = posts.get(i);
      if (p.state() == PostState.PUBLISHED
          && p.audience().keys().stream().anyMatch(keys::contains)) {
        readable.add(p);
      }
    }
    return readable;
  }

  /** What colleagues write under a post (plain text, as the application stores it). */
  static final String[] COMMENTS = {
    "Thank you, this is really helpful.",
    "We tried this in Year 4 last term and the children loved it.",
    "Could we share the slides with the other schools in the hub?",
    "Is there a date for the follow-up session yet?",
    "Great to see the schools working together on this.",
    "Our staff meeting on Thursday will look at this, thank you.",
    "Does this apply to support staff as well?",
    "Well done to everyone involved!",
  };

  /**
   * Two-word searches, each pair of words in one of the {@link #TOPICS} (so in the titles of the
   * posts about it): the benchmark's "news search" scenario. Words of three letters or more and no
   * stop words, which MariaDB's full-text index would skip.
   */
  static final List<String> SEARCHES =
      List.of(
          "safeguarding update",
          "behaviour policy",
          "trust conference",
          "open evening",
          "exam timetable",
          "sports day",
          "reading week",
          "wellbeing survey",
          "curriculum review",
          "christmas concert",
          "fire drill",
          "governor visit");

  /**
   * A two-word search ({@link #SEARCHES}, the {@code n}-th first) that finds a published post aimed
   * at a reader with these roles: one whose title holds both words.
   */
  String searchFor(Map<Long, SchoolRole> schoolRoles, int n) {
    List<PostRow> readable = readableBy(schoolRoles);
    for (int i = 0; i < SEARCHES.size(); i++) {
      String search = SEARCHES.get((n + i) % SEARCHES.size());
      String[] words = search.split(" ");
      boolean found =
          readable.stream()
              .map(p -> p.title().toLowerCase(java.util.Locale.ROOT))
              .anyMatch(t -> t.contains(words[0]) && t.contains(words[1]));
      if (found) {
        return search;
      }
    }
    throw new IllegalStateException("No search finds a post for " + schoolRoles);
  }

  private static final String[] TOPICS = {
    "Staff briefing",
    "INSET day arrangements",
    "Safeguarding update",
    "New behaviour policy",
    "Trust conference",
    "Open evening",
    "Exam season timetable",
    "Sports day",
    "Reading for pleasure week",
    "Wellbeing survey",
    "Pay and conditions",
    "Car park works",
    "Governor visit",
    "Ofsted readiness",
    "Curriculum review",
    "Christmas concert",
    "Staff social",
    "IT system upgrade",
    "Fire drill",
    "Welcome to new staff"
  };

  private static final String[] SUMMARIES = {
    "What you need to know before Monday.",
    "Please read before the next staff meeting.",
    "Dates, times and who to ask.",
    "A short update from the central team.",
    "Thank you to everyone who took part."
  };

  private static final String[] PARAGRAPHS = {
    "The arrangements below apply from the start of next half term; please check your timetable.",
    "If you have questions, speak to your line manager or reply to the central team.",
    "We are grateful to every colleague who gave up their time to make this happen.",
    "The policy has been reviewed by the trust board and is now available on the intranet.",
    "Please make sure that your class lists are up to date by the end of the week.",
    "Refreshments will be served in the main hall from half past three."
  };
}
