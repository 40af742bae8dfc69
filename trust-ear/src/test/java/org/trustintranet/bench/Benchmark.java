package org.trustintranet.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.trustintranet.bench.BenchmarkResult.ScenarioFigures;
import org.trustintranet.bench.Scenario.Request;
import org.trustintranet.bench.TrustDataSet.PersonRow;
import org.trustintranet.it.IntranetClient;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * The benchmark: builds the benchmark trust in a fresh database, starts the runnable intranet on
 * loopback, signs many users in (each with their own session), then drives each scenario with wrk
 * (a warm-up, then the measured run), measures the floor page the same way, reads the server's
 * memory, counts the SQL statements per page on a second start with EclipseLink's SQL log, and
 * writes the figures as a text table (stdout), results.json and report.html under
 * target/benchmark/RUN/. Any error in any request fails the run (exit 1).
 *
 * <pre>
 * Benchmark --jar trust-intranet.jar [--scale 1.0] [--seed 42] [--connections 32] [--threads 2]
 *           [--warmup 10] [--duration 30] [--users 100] [--port 18180] [--server-jvm "-Xmx1g"]
 *           [--url JDBC_URL --user U --password P] [--out target/benchmark] [--only a,b]
 * </pre>
 */
public final class Benchmark {
  private static final String USAGE =
      """
      Usage: Benchmark --jar trust-intranet.jar [options]
        --scale          data set size: 50 schools and 5,000 staff times this (default 1.0)
        --seed           the data set's seed (default 42)
        --connections    concurrent connections of the load tool (default 32)
        --threads        load tool threads (default 2)
        --warmup         seconds of warm-up per scenario, not measured (default 10)
        --duration       seconds measured per scenario (default 30)
        --users          signed-in staff whose sessions the staff pages use (default 100)
        --port           loopback port of the intranet under test (default 18180)
        --server-jvm     JVM options of the intranet under test (default "-Xmx1g")
        --post-boot      Payara boot commands of the intranet under test, "none" for none
                         (the build gives config/post-boot-commands.asadmin: one instance;
                         config/cluster-post-boot-commands.asadmin measures replicated sessions)
        --url, --user, --password
                         an empty MySQL/MariaDB database to use (default: trust.db.url /
                         TRUST_DB_URL ..., else a fresh embedded database in the run's folder)
        --out            where each run's folder goes (default target/benchmark)
        --only           run only these scenarios (and the floor), e.g. --only week,find;
                         "bigfile" is the 500 MiB upload and download measurement,
                         "booklet" the termly booklet's PDF of every programme, alone
      """;

  private static final Set<String> OPTIONS =
      Set.of(
          "jar",
          "scale",
          "seed",
          "connections",
          "threads",
          "warmup",
          "duration",
          "users",
          "port",
          "server-jvm",
          "post-boot",
          "url",
          "user",
          "password",
          "out",
          "only");

  /** Flyway reports each migration step; the generator's summary is enough (held: JUL is weak). */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  private static final Duration START_LIMIT = Duration.ofMinutes(3);
  private static final String PASSWORD = DataSetGenerator.DEFAULT_ACCOUNT_PASSWORD;

  /** What to run. */
  record Options(
      Path jar,
      double scale,
      long seed,
      int connections,
      int threads,
      int warmupSeconds,
      int durationSeconds,
      int users,
      int port,
      List<String> serverJvm,
      Path postBoot,
      String url,
      String user,
      String password,
      Path out,
      Set<String> only) {

    /** Whether to run this scenario: all without --only; the floor always (the ratios need it). */
    boolean runs(String scenario) {
      return only.isEmpty() || only.contains(scenario) || scenario.equals(BenchmarkResult.FLOOR);
    }

    static Options parse(String[] args) {
      CommandLine line = CommandLine.parse(args, OPTIONS);
      if (!line.has("jar")) {
        throw new IllegalArgumentException(
            "--jar is required (trust-ear/target/trust-intranet.jar)");
      }
      return new Options(
          Path.of(line.get("jar", "")).toAbsolutePath(),
          line.decimal("scale", "1.0"),
          line.whole("seed", "42"),
          line.count("connections", "32", 1, 1000),
          line.count("threads", "2", 1, 64),
          line.count("warmup", "10", 1, 300),
          line.count("duration", "30", 1, 600),
          line.count("users", "100", 1, 5000),
          line.count("port", "18180", 1024, 65535),
          List.of(line.get("server-jvm", "-Xmx1g").trim().split("\\s+")),
          line.get("post-boot", "none").equals("none")
              ? null
              : Path.of(line.get("post-boot", "")).toAbsolutePath(),
          line.get("url", CommandLine.setting("trust.db.url", "")),
          line.get("user", CommandLine.setting("trust.db.user", "trust")),
          line.get("password", CommandLine.setting("trust.db.password", "trust")),
          Path.of(line.get("out", "target/benchmark")).toAbsolutePath(),
          only(line.get("only", "")));
    }

    private static Set<String> only(String list) {
      if (list.isBlank()) {
        return Set.of();
      }
      Set<String> names = new java.util.TreeSet<>(List.of(list.trim().split("\\s*,\\s*")));
      for (String name : names) {
        if (!SCENARIOS.contains(name) && !name.equals(BIGFILE) && !name.equals(BOOKLET)) {
          throw new IllegalArgumentException(
              "--only: no scenario "
                  + name
                  + " (there are "
                  + String.join(", ", SCENARIOS)
                  + " and the measurements "
                  + BIGFILE
                  + " and "
                  + BOOKLET
                  + ")");
        }
      }
      return Set.copyOf(names);
    }
  }

  private final Options options;
  private final PrintStream log;
  private final Path runDir;
  private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private TrustDataSet trust;
  private NewsDataSet news;
  private RoomsDataSet rooms;
  private ResourcesDataSet library;

  /** The big-file measurement's figures, printed after the table (empty when it did not run). */
  private String bigFileReport = "";

  private boolean bigFileFailed;

  /** The booklet measurement's figures, printed after the big file's (empty when not run). */
  private String bookletReport = "";

  private boolean bookletFailed;

  /** The kept rooms' free half hours, and how many the booking forms have taken so far. */
  private List<RoomsDataSet.FreeSlot> freeSlots = List.of();

  private int slotsTaken;

  /** Sign-ups still possible ({personId, sessionId}, each person's together), and how many used. */
  private List<long[]> signUps = List.of();

  private int signUpsTaken;

  /** Bookings the generator wrote (ids 1 to this): those after it are the run's. */
  private long generatedBookings;

  private Benchmark(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
    this.runDir =
        options
            .out()
            .resolve(
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(ZoneOffset.UTC)
                    .format(started));
  }

  public static void main(String[] args) {
    CommandLine.exitOnFailure(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine.Parsed<Options> parsed =
        CommandLine.parseOrExplain(args, Options::parse, USAGE, out, err);
    if (!parsed.run()) {
      return parsed.exitStatus();
    }
    Options options = parsed.options();
    try {
      Benchmark benchmark = new Benchmark(options, err);
      BenchmarkResult result = benchmark.measure();
      out.print(BenchmarkReport.text(result));
      out.print(benchmark.bigFileReport);
      out.print(benchmark.bookletReport);
      return result.failed() || benchmark.bigFileFailed || benchmark.bookletFailed ? 1 : 0;
    } catch (IllegalStateException | IllegalArgumentException e) {
      err.println("The benchmark stopped: " + e.getMessage());
      return 1;
    } catch (IOException | SQLException | ExecutionException e) {
      err.println("The benchmark stopped: " + e);
      e.printStackTrace(err);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("The benchmark was interrupted.");
      return 1;
    }
  }

  private BenchmarkResult measure()
      throws IOException, SQLException, InterruptedException, ExecutionException {
    Path wrkPath =
        Wrk.find()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "wrk is not installed: `bash .ci/benchmark` installs it"
                            + " (apt-get install wrk)."));
    if (options.postBoot() != null && !Files.isRegularFile(options.postBoot())) {
      throw new IllegalStateException("No boot command file at " + options.postBoot());
    }
    if (!Files.isRegularFile(options.jar())) {
      throw new IllegalStateException(
          "No runnable jar at " + options.jar() + ": build it first (./mvnw install).");
    }
    Files.createDirectories(runDir);
    log.println("Benchmark run folder: " + runDir);
    FLYWAY_LOG.setLevel(Level.WARNING);

    // 1. The data set, in a fresh database.
    String url =
        options.url().isBlank()
            ? "jdbc:h2:file:"
                + runDir.resolve("data/db/trust")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE"
            : options.url();
    DataSetGenerator.Options generatorOptions =
        new DataSetGenerator.Options(
            url,
            options.user(),
            options.password(),
            options.scale(),
            options.seed(),
            PASSWORD,
            Pbkdf2Hashes.DEFAULT_ITERATIONS,
            runDir.resolve("data/files"));
    DataSource dataSource = JdbcDataSources.forUrl(url, options.user(), options.password());
    String database = databaseProduct(dataSource, url);
    log.printf(Locale.ROOT, "Generating the data set (scale %s) into %s%n", options.scale(), url);
    DataSetGenerator.Report generated = DataSetGenerator.generate(dataSource, generatorOptions);
    log.printf(
        Locale.ROOT,
        "  %,d schools, %,d staff, %,d memberships in %.1f s (inserts %.1f s)%n",
        generated.schools(),
        generated.people(),
        generated.memberships(),
        generated.totalMillis() / 1000.0,
        generated.writeMillis() / 1000.0);
    log.printf(
        Locale.ROOT,
        "  %,d news posts with %,d read marks and %,d comments%n",
        generated.posts(),
        generated.reads(),
        generated.comments());
    log.printf(
        Locale.ROOT,
        "  %,d rooms with %,d bookings over %d school weeks%n",
        generated.rooms(),
        generated.bookings(),
        RoomsDataSet.WEEKS);
    trust = TrustDataSet.plan(options.scale(), options.seed());
    news = NewsDataSet.plan(trust, options.scale(), options.seed());
    rooms = RoomsDataSet.plan(trust, options.scale(), options.seed(), generated.roomsFirstDay());
    generatedBookings = generated.bookings();
    freeSlots = rooms.freeSlots();
    log.printf(
        Locale.ROOT,
        "  %,d library resources with %,d ratings, %d shared files (inserts %.1f s)%n",
        generated.resources(),
        generated.ratings(),
        LibraryFiles.COUNT,
        generated.libraryWriteMillis() / 1000.0);
    library = ResourcesDataSet.plan(trust, options.scale(), options.seed(), generated.libraryDay());
    signUps =
        NetworksDataSet.plan(trust, options.scale(), options.seed(), generated.libraryDay())
            .signUps(Instant.now().plus(Duration.ofDays(1)));

    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("TRUST_DB_URL", url);
    settings.put("TRUST_DB_USER", options.user());
    settings.put("TRUST_DB_PASSWORD", options.password());
    if (!url.startsWith("jdbc:h2:")) {
      settings.put("TRUST_DB_CLASS", "com.mysql.cj.jdbc.MysqlDataSource");
    }
    settings.put("TRUST_DEMO_ENABLED", "false");
    settings.put("TRUST_FILES_DIR", runDir.resolve("data/files").toString());
    // The big-file measurement uploads 500 MiB: above the default limit (100 MB).
    settings.put("TRUST_RESOURCES_MAX_UPLOAD_BYTES", Long.toString(BigFile.MAX_UPLOAD_BYTES));

    // 2. The load run: cold start, sessions, scenarios, memory.
    List<ScenarioFigures> figures = new ArrayList<>();
    BenchmarkResult.Server server;
    Wrk wrk = new Wrk(wrkPath, runDir, options.threads(), options.connections());
    Map<String, Integer> sql;
    List<LoadRun> loads = new ArrayList<>();
    long t0 = System.nanoTime();
    try (IntranetServer intranet = start("load", settings, List.of())) {
      intranet.awaitPage("health/ready", START_LIMIT);
      long coldStart = (System.nanoTime() - t0) / 1_000_000;
      log.printf(Locale.ROOT, "Intranet up in %.1f s (cold start)%n", coldStart / 1000.0);

      Sessions sessions = signIn(intranet.base(), trust);
      for (Scenario scenario : scenarios(trust, sessions)) {
        if (!options.runs(scenario.name())) {
          continue;
        }
        Wrk driver =
            scenario.name().equals(LIBRARY_SEARCH)
                ? new Wrk(wrkPath, runDir, options.threads(), LIBRARY_SEARCH_CONNECTIONS)
                : wrk;
        LoadRun run = load(intranet.base(), driver, scenario, sessions);
        loads.add(
            scenario.name().equals(BOOK)
                ? checkedBookings(run, dataSource)
                : scenario.name().equals(SIGN_UP) ? checkedSignUps(run, dataSource) : run);
      }
      log.println("Reading the server's memory");
      long rss = intranet.residentBytes();
      long[] heap = intranet.heapUsedAndCommitted();
      intranet.collectGarbage();
      long live = intranet.heapUsedAndCommitted()[0];
      server = new BenchmarkResult.Server(coldStart, rss, heap[0], heap[1], live);
      if (options.only().isEmpty() || options.only().contains(BIGFILE)) {
        BigFile.Outcome big =
            new BigFile(
                    intranet,
                    dataSource,
                    runDir.resolve("data/files"),
                    runDir.resolve("data/bigfile"),
                    teacherEmail(),
                    PASSWORD,
                    log)
                .measure();
        bigFileReport = big.report();
        bigFileFailed = big.failed();
        Files.writeString(runDir.resolve("bigfile.txt"), bigFileReport, StandardCharsets.UTF_8);
      }
      if (options.only().isEmpty() || options.only().contains(BOOKLET)) {
        BookletTiming.Outcome booklet =
            BookletTiming.measure(
                intranet.base(),
                sessions.staffCookies().get(0),
                generated.programmesTerm(),
                generated.programmes(),
                log);
        bookletReport = booklet.report();
        bookletFailed = booklet.failed();
        Files.writeString(runDir.resolve("booklet.txt"), bookletReport, StandardCharsets.UTF_8);
      }
    }

    // 3. SQL statements per request, on a second start with EclipseLink's SQL log.
    try (IntranetServer intranet =
        start("sql", settings, List.of("-Declipselink.logging.level.sql=FINE"))) {
      intranet.awaitPage("health/ready", START_LIMIT);
      sql = countSql(intranet, trust);
    }

    LoadResult floor =
        loads.stream()
            .filter(l -> l.scenario().name().equals(BenchmarkResult.FLOOR))
            .findFirst()
            .orElseThrow()
            .result();
    for (LoadRun l : loads) {
      figures.add(
          new ScenarioFigures(
              l.scenario().name(),
              l.scenario().description(),
              l.sessions(),
              l.result(),
              BenchmarkResult.ratio(l.result(), floor),
              sql.getOrDefault(l.scenario().name(), -1)));
    }
    long total = Duration.between(started, Instant.now()).toSeconds();
    BenchmarkResult result =
        new BenchmarkResult(
            new BenchmarkResult.Run(
                started.toString(),
                machine(),
                "Java " + System.getProperty("java.version"),
                database,
                String.join(" ", options.serverJvm())
                    + ", boot commands: "
                    + (options.postBoot() == null ? "none" : options.postBoot().getFileName()),
                options.scale(),
                options.seed(),
                generated.people(),
                generated.schools(),
                options.threads(),
                options.connections(),
                options.warmupSeconds(),
                options.durationSeconds(),
                generated.totalMillis(),
                total),
            server,
            figures);
    writeReports(result);
    return result;
  }

  private IntranetServer start(String name, Map<String, String> settings, List<String> extraJvm)
      throws IOException {
    List<String> jvm = new ArrayList<>(options.serverJvm());
    jvm.addAll(extraJvm);
    Path dir = runDir.resolve("server-" + name);
    log.println("Starting the intranet (" + name + "), log: " + dir.resolve("server.log"));
    Files.createDirectories(dir);
    return IntranetServer.start(
        options.jar(),
        dir,
        options.port(),
        jvm,
        options.postBoot(),
        settings,
        dir.resolve("server.log"));
  }

  /** The signed-in sessions the scenarios replay, and how fast the server signed them in. */
  record Sessions(
      List<PersonRow> staff,
      List<String> staffCookies,
      List<String> twoSchoolCookies,
      List<PersonRow> twoSchool,
      Map<Long, String> adminCookieBySchool,
      double signInsPerSecond) {}

  /** Ordinary staff (not the named accounts) who belong to two schools, in id order. */
  static List<PersonRow> twoSchoolMembers(TrustDataSet trust) {
    Map<Long, Integer> schools = new LinkedHashMap<>();
    trust.memberships.forEach(m -> schools.merge(m.personId(), 1, Integer::sum));
    return trust.people.stream()
        .filter(p -> !p.email().startsWith("bench.") && schools.getOrDefault(p.id(), 0) == 2)
        .toList();
  }

  /** Each person's role at each of their schools. */
  static Map<Long, SchoolRole> schoolRoles(TrustDataSet trust, long personId) {
    Map<Long, SchoolRole> roles = new LinkedHashMap<>();
    trust.memberships.stream()
        .filter(m -> m.personId() == personId)
        .forEach(m -> roles.put(m.schoolId(), m.role()));
    return roles;
  }

  private Sessions signIn(URI base, TrustDataSet trust)
      throws InterruptedException, ExecutionException {
    List<PersonRow> ordinary =
        trust.people.stream().filter(p -> !p.email().startsWith("bench.")).toList();
    int count = Math.min(options.users(), ordinary.size());
    List<PersonRow> staff = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      staff.add(ordinary.get((int) ((long) i * ordinary.size() / count)));
    }
    List<PersonRow> allTwoSchool = twoSchoolMembers(trust);
    int twoCount = Math.min(Math.max(1, options.users() / 2), allTwoSchool.size());
    List<PersonRow> twoSchool = new ArrayList<>();
    for (int i = 0; i < twoCount; i++) {
      twoSchool.add(allTwoSchool.get((int) ((long) i * allTwoSchool.size() / twoCount)));
    }
    log.printf(
        Locale.ROOT,
        "Signing in %d staff, %d members of two schools and %d school admins, each in their own"
            + " session%n",
        staff.size(),
        twoSchool.size(),
        trust.schools.size());
    long t0 = System.nanoTime();
    List<String> staffCookies = inParallel(staff.size(), i -> signIn(base, staff.get(i).email()));
    List<String> twoSchoolCookies =
        inParallel(twoSchool.size(), i -> signIn(base, twoSchool.get(i).email()));
    List<String> adminCookies =
        inParallel(trust.schools.size(), i -> signIn(base, TrustDataSet.schoolAdminEmail(i + 1)));
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<Long, String> bySchool = new LinkedHashMap<>();
    for (int i = 0; i < trust.schools.size(); i++) {
      bySchool.put(trust.schools.get(i).id(), adminCookies.get(i));
    }
    double rate = (staff.size() + twoSchool.size() + adminCookies.size()) / seconds;
    log.printf(Locale.ROOT, "  signed in at %.1f per second%n", rate);
    return new Sessions(staff, staffCookies, twoSchoolCookies, twoSchool, bySchool, rate);
  }

  /** Signs one account in; returns its session's Cookie header. */
  private static String signIn(URI base, String email) {
    IntranetClient client = new IntranetClient(base);
    HttpResponse<String> response = client.signIn(email, PASSWORD);
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || !location.endsWith("/index.xhtml")) {
      throw new IllegalStateException(
          "Could not sign in as " + email + ": HTTP " + response.statusCode() + " " + location);
    }
    return client.cookieHeader();
  }

  private <T> List<T> inParallel(int count, IntFunction<T> task)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> task.apply(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Scenario> scenarios(TrustDataSet trust, Sessions sessions) {
    List<Request> floor = List.of(new Request("GET", "/floor.xhtml", null, null));
    List<Request> home = new ArrayList<>();
    List<Request> directory = new ArrayList<>();
    for (int i = 0; i < sessions.staffCookies().size(); i++) {
      String cookie = sessions.staffCookies().get(i);
      home.add(new Request("GET", "/index.xhtml", cookie, null));
      // Each user looks for a colleague by family name (a different one each): a filtered,
      // counted and paged query over all staff.
      PersonRow wanted = trust.people.get((i * 7919) % trust.people.size());
      directory.add(
          new Request(
              "GET", "/staff/directory.xhtml?q=" + encode(wanted.familyName()), cookie, null));
    }
    List<Request> feed = new ArrayList<>();
    sessions.twoSchoolCookies().forEach(c -> feed.add(new Request("GET", "/index.xhtml", c, null)));
    List<Request> search = new ArrayList<>();
    for (int i = 0; i < sessions.twoSchoolCookies().size(); i++) {
      search.add(
          new Request(
              "GET",
              searchPath(sessions.twoSchool().get(i), i),
              sessions.twoSchoolCookies().get(i),
              null));
    }
    List<Request> post = new ArrayList<>();
    for (int i = 0; i < sessions.staffCookies().size(); i++) {
      PersonRow reader = sessions.staff().get(i);
      post.add(
          new Request(
              "GET",
              "/news/post.xhtml?id=" + readablePost(reader, i).id(),
              sessions.staffCookies().get(i),
              null));
    }
    List<Request> week = new ArrayList<>();
    List<Request> find = new ArrayList<>();
    for (int i = 0; i < sessions.staffCookies().size(); i++) {
      String cookie = sessions.staffCookies().get(i);
      week.add(
          new Request(
              "GET",
              "/rooms/calendar.xhtml?school=" + firstSchool(sessions.staff().get(i)),
              cookie,
              null));
      find.add(new Request("GET", findPath(i), cookie, null));
    }
    List<Request> librarySearch = new ArrayList<>();
    List<Integer> teachers = teacherSessions(sessions);
    // Each teacher several different searches (words, subject and key stage vary per request),
    // interleaved so that consecutive requests come from different sessions.
    for (int j = 0; j < SEARCHES_PER_TEACHER; j++) {
      for (int k = 0; k < teachers.size(); k++) {
        int i = teachers.get(k);
        librarySearch.add(
            new Request(
                "GET",
                librarySearchPath(sessions.staff().get(i), k * SEARCHES_PER_TEACHER + j),
                sessions.staffCookies().get(i),
                null));
      }
    }
    List<Request> download = new ArrayList<>();
    long[] files = library.mebibyteDownloads();
    if (files.length == 0) {
      throw new IllegalStateException("No resource with the 1 MiB file: give a larger --scale");
    }
    for (int n = 0; n < Math.min(files.length, 2_000); n++) {
      int i = teachers.get(n % teachers.size());
      download.add(
          new Request(
              "GET", "/library/file/" + files[n] + "/1", sessions.staffCookies().get(i), null));
    }
    List<Request> network = new ArrayList<>();
    int networks = TrustDataSet.scaled(NetworksDataSet.NETWORKS_AT_SCALE_1, options.scale());
    for (int i = 0; i < sessions.staffCookies().size(); i++) {
      // Each member of staff a different network (networks are open to all the trust to read).
      long id = (i * 31L) % networks + 1;
      network.add(
          new Request(
              "GET", "/networks/network.xhtml?id=" + id, sessions.staffCookies().get(i), null));
    }
    List<Request> partners = new ArrayList<>();
    for (String cookie : sessions.staffCookies()) {
      // Every member of staff keeps a teaching profile: each request a different teacher's.
      partners.add(new Request("GET", "/learning/partners.xhtml", cookie, null));
    }
    List<Request> caseSearch = new ArrayList<>();
    for (int i = 0; i < sessions.staffCookies().size(); i++) {
      caseSearch.add(new Request("GET", caseSearchPath(i), sessions.staffCookies().get(i), null));
    }
    List<Request> members = new ArrayList<>();
    sessions
        .adminCookieBySchool()
        .forEach(
            (school, cookie) ->
                members.add(
                    new Request("GET", "/schools/members.xhtml?id=" + school, cookie, null)));
    return List.of(
        new Scenario(
            BenchmarkResult.FLOOR,
            "static text through the Faces servlet, no session, no database",
            200,
            "id=\"floor\"",
            false,
            floor),
        new Scenario(
            "login",
            "sign-in form post: PBKDF2 check (210,000 iterations), new session, redirect home;"
                + " each form posted once",
            302,
            "/index.xhtml",
            true,
            List.of()),
        new Scenario(
            "home",
            "home page of a signed-in member of staff: their schools, roles and news feed",
            200,
            HOME_MARKER,
            false,
            home),
        new Scenario(
            "directory",
            "staff directory filtered by a family name over all staff: count and first page of 25",
            200,
            "id=\"directory:staff\"",
            false,
            directory),
        new Scenario(
            "members",
            "a school admin's membership admin page for their school (first page of 25 members)",
            200,
            "id=\"members\"",
            false,
            members),
        new Scenario(
            "feed",
            "home page of a member of two schools: the first page of their news feed among all"
                + " posts, with read marks",
            200,
            FEED_MARKER,
            false,
            feed),
        new Scenario(
            "post",
            "a news post with 30 comments the signed-in member of staff may read (a different one"
                + " each): the post, its author, likes, comments and the reader's read mark",
            200,
            POST_MARKER,
            false,
            post),
        new Scenario(
            "search",
            "news search of a member of two schools for two words (a different pair each) over"
                + " all posts, through the database's full-text index: the first page of the"
                + " matches they may read",
            200,
            SEARCH_MARKER,
            false,
            search),
        new Scenario(
            WEEK,
            "a school's rooms calendar in week view (the page; its bookings come with the next"
                + " scenario's request), each member of staff their own school",
            200,
            WEEK_MARKER,
            false,
            week),
        new Scenario(
            WEEK_EVENTS,
            "the week view's request for its bookings: one school's rooms for one of nine school"
                + " weeks, each member of staff their own school (bookings of rooms they may not"
                + " see the details of as \"Busy\")",
            200,
            WEEK_EVENTS_MARKER,
            false,
            List.of()),
        new Scenario(
            FIND,
            "find a room across the trust for a 2-hour slot on a school day (a different day,"
                + " time and size each, some with a projector): the free rooms at every school"
                + " where the person may book",
            200,
            FIND_MARKER,
            false,
            find),
        new Scenario(
            BOOK,
            "the booking form of a room shared with the trust, posted by members of staff of"
                + " every school: each form a different free half hour, posted once; afterwards"
                + " the database is checked for overlapping bookings",
            200,
            BOOKED_MARKER,
            true,
            List.of()),
        new Scenario(
            LIBRARY_SEARCH,
            "resource library search of a teacher at "
                + LIBRARY_SEARCH_CONNECTIONS
                + " connections: two words and two filters (subject, key stage; a different"
                + " search each) over all resources through the full-text index, with the facet"
                + " counts and the first page of results they may see",
            200,
            LIBRARY_SEARCH_MARKER,
            false,
            librarySearch),
        new Scenario(
            DOWNLOAD,
            "download of a 1 MiB PDF (version 1 of a resource shared with the trust, a different"
                + " one each) through the library's file servlet, streamed from the file store",
            200,
            DOWNLOAD_MARKER,
            false,
            download),
        new Scenario(
            NETWORK,
            "a staff network's page (a different network each, of 10 to 80 members from every"
                + " school): its purpose, leads and members with their schools",
            200,
            NETWORK_MARKER,
            false,
            network),
        new Scenario(
            PARTNERS,
            "suggested observation partners (a different member of staff each, every one with a"
                + " teaching profile): colleagues strong in their development areas among all the"
                + " trust's profiles, visible to them, ranked by areas matched, then same school,"
                + " network or trust",
            200,
            PARTNERS_MARKER,
            false,
            partners),
        new Scenario(
            CASE_SEARCH,
            "case-study library search for two words (a different pair each) over every"
                + " published case study through the full-text index: the matches, newest first",
            200,
            CASE_SEARCH_MARKER,
            false,
            caseSearch),
        new Scenario(
            SIGN_UP,
            "signing up to a network's session to come (its page's sign-up button), by members"
                + " of the network at once, each form a different session, posted once: a place"
                + " or the waiting list; afterwards the database is checked that no session has"
                + " more places taken than it has, nor a count that disagrees with its places",
            200,
            SIGN_UP_MARKER,
            true,
            List.of()));
  }

  /** The staff sessions of teachers (their indexes); all staff sessions if none is a teacher. */
  private List<Integer> teacherSessions(Sessions sessions) {
    List<Integer> teachers = new ArrayList<>();
    for (int i = 0; i < sessions.staff().size(); i++) {
      if (schoolRoles(trust, sessions.staff().get(i).id()).containsValue(SchoolRole.TEACHER)) {
        teachers.add(i);
      }
    }
    if (teachers.isEmpty()) {
      for (int i = 0; i < sessions.staff().size(); i++) {
        teachers.add(i);
      }
    }
    return teachers;
  }

  /** A teacher of the trust (not a named account) for the big-file measurement. */
  private String teacherEmail() {
    return trust.people.stream()
        .filter(p -> !p.email().startsWith("bench."))
        .filter(p -> schoolRoles(trust, p.id()).containsValue(SchoolRole.TEACHER))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The benchmark trust has no teacher"))
        .email();
  }

  /** The library search page for the person's {@code n}-th search (words known to match). */
  String librarySearchPath(PersonRow person, int n) {
    return "/library/index.xhtml?"
        + library.searchFor(schoolRoles(trust, person.id()).keySet(), n).query();
  }

  static final String LIBRARY_SEARCH = "library-search";

  static final String DOWNLOAD = "download";

  /** The 500 MiB upload and download measurement (not a wrk scenario). */
  static final String BIGFILE = "bigfile";

  /** The booklet PDF measurement (not a wrk scenario). */
  static final String BOOKLET = "booklet";

  /** The load for the library search: 20 connections. */
  static final int LIBRARY_SEARCH_CONNECTIONS = 20;

  /** Different searches prepared per teacher's session. */
  static final int SEARCHES_PER_TEACHER = 10;

  /** A result row of the library search page (not its empty text or the sign-in page). */
  static final String LIBRARY_SEARCH_MARKER = "class=\"library-result\"";

  /** The whole 1 MiB file is announced: the wrk script checks the header, not the body. */
  static final String DOWNLOAD_MARKER = "@header:Content-Length=" + LibraryFiles.MIB;

  static final String BOOK = "book";

  static final String WEEK = "week";

  static final String NETWORK = "network";

  /** The network page's table of members (not the sign-in or the not-found page). */
  static final String NETWORK_MARKER = "id=\"people:members\"";

  static final String PARTNERS = "partners";

  /** A suggested partner's name (not the page's empty text or the sign-in page). */
  static final String PARTNERS_MARKER = "class=\"partner-name\"";

  static final String CASE_SEARCH = "case-search";

  /** A case study found (not the library's empty text or the sign-in page). */
  static final String CASE_SEARCH_MARKER = "id=\"caseStudy";

  /** The case-study library searched for the {@code n}-th pair of words. */
  static String caseSearchPath(int n) {
    return "/learning/case-studies.xhtml?q=" + encode(CaseStudiesDataSet.searchFor(n));
  }

  static final String SIGN_UP = "signup";

  /** The session page after signing up: the person's place there (booked or waiting). */
  static final String SIGN_UP_MARKER = "id=\"myPlace\"";

  static final String WEEK_EVENTS = "week-events";

  static final String FIND = "find";

  /** The scenarios' names, in the order they run. */
  static final List<String> SCENARIOS =
      List.of(
          BenchmarkResult.FLOOR,
          "login",
          "home",
          "directory",
          "members",
          "feed",
          "post",
          "search",
          WEEK,
          WEEK_EVENTS,
          FIND,
          BOOK,
          LIBRARY_SEARCH,
          DOWNLOAD,
          NETWORK,
          PARTNERS,
          CASE_SEARCH,
          SIGN_UP);

  /** The calendar page: its schedule (not the sign-in page or an error). */
  static final String WEEK_MARKER = "id=\"calendar:schedule\"";

  /** The schedule's answer: a partial response with its events (at least one starts). */
  static final String WEEK_EVENTS_MARKER = "\"start\"";

  /** A free room found: the first result's booking button. */
  static final String FIND_MARKER = "id=\"find:results:0:book\"";

  /** Weeks of the data set the week view's requests spread over. */
  static final int WEEKS_SHOWN = 9;

  /** A person's first school (by membership order). */
  private long firstSchool(PersonRow person) {
    return trust.memberships.stream()
        .filter(m -> m.personId() == person.id())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(person.email() + " has no school"))
        .schoolId();
  }

  /**
   * Find-a-room for the {@code n}th request: a school day of the weeks where every fourth room is
   * kept free (so every search finds rooms), 2 hours from one of four start times, for 10 to 30
   * people, every third with a projector.
   */
  String findPath(int n) {
    LocalDate day =
        rooms
            .firstDay
            .plusWeeks(RoomsDataSet.FREE_WEEKS.stream().sorted().toList().get(n % 3))
            .plusDays((n / 3) % 5);
    String[] starts = {"09:00", "10:30", "13:00", "14:00"};
    int capacity = 10 + 10 * (n % 3);
    return "/rooms/find.xhtml?date="
        + day
        + "&start="
        + starts[(n / 15) % starts.length]
        + "&length=120&capacity="
        + capacity
        + (n % 3 == 2 ? "&facilities=PROJECTOR" : "");
  }

  /**
   * The week-events scenario with its requests: {@code count} staff sign in, each opens their
   * school's calendar once, and its view state serves the schedule's requests for {@link
   * #WEEKS_SHOWN} weeks (an Ajax request keeps its view: Faces saves it under the same key).
   */
  private Scenario withCalendarViews(URI base, Scenario scenario, int count)
      throws InterruptedException, ExecutionException {
    List<PersonRow> ordinary =
        trust.people.stream().filter(p -> !p.email().startsWith("bench.")).toList();
    log.printf(Locale.ROOT, "Opening %d calendars, each in its own session%n", count);
    List<List<Request>> perSession =
        inParallel(
            count,
            s -> {
              IntranetClient client = new IntranetClient(base);
              PersonRow who = ordinary.get((int) ((s * 104_729L + 17) % ordinary.size()));
              signInOrFail(client, who.email());
              String path = "rooms/calendar.xhtml?school=" + firstSchool(who);
              HttpResponse<String> page = client.get(path);
              if (page.statusCode() != 200 || !page.body().contains(WEEK_MARKER)) {
                throw new IllegalStateException(
                    "No calendar for " + who.email() + ": " + page.statusCode());
              }
              List<Request> requests = new ArrayList<>();
              for (int w = 0; w < WEEKS_SHOWN; w++) {
                requests.add(
                    new Request(
                        "POST",
                        "/" + path,
                        client.cookieHeader(),
                        client.formBody("calendar", weekEventsFields(rooms.firstDay, w))));
              }
              return requests;
            });
    List<Request> all = new ArrayList<>();
    // interleaved: consecutive requests come from different sessions
    for (int w = 0; w < WEEKS_SHOWN; w++) {
      for (List<Request> session : perSession) {
        all.add(session.get(w));
      }
    }
    return new Scenario(
        scenario.name(),
        scenario.description(),
        scenario.expectedStatus(),
        scenario.marker(),
        false,
        all);
  }

  /** The fields PrimeFaces' schedule posts when it asks for the bookings of week {@code w}. */
  static Map<String, String> weekEventsFields(LocalDate firstMonday, int w) {
    LocalDate monday = firstMonday.plusWeeks(w);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "calendar:schedule");
    fields.put("jakarta.faces.partial.execute", "calendar:schedule");
    fields.put("jakarta.faces.partial.render", "calendar:schedule");
    fields.put("primefaces.ignoreautoupdate", "true"); // the schedule's requests update it alone
    fields.put("calendar:schedule_event", "true");
    fields.put("calendar:schedule_start", monday + "T00:00:00.000Z");
    fields.put("calendar:schedule_end", monday.plusDays(7) + "T00:00:00.000Z");
    return fields;
  }

  /** The room page after a booking: its success message. */
  static final String BOOKED_MARKER = "The room is booked.";

  /** Booking forms prepared in one session: Faces keeps 15 views a session. */
  static final int FORMS_PER_SESSION = 14;

  /** A search result: the search page found something, not only its box or "no results". */
  static final String SEARCH_MARKER = "class=\"feed-item search-result\"";

  /** The search page for two words that find posts aimed at the member. */
  private String searchPath(PersonRow member, int n) {
    String words = news.searchFor(schoolRoles(trust, member.id()), n);
    return "/news/search.xhtml?q=" + encode(words);
  }

  /** The home page's list of the person's schools (the feed beside it may be empty). */
  static final String HOME_MARKER = "class=\"my-schools\"";

  /** A feed item: the feed page shows posts, not its empty text. */
  static final String FEED_MARKER = "class=\"feed-item";

  static final String POST_MARKER = "<article class=\"post\"";

  /** One of the published posts aimed at the reader, spread over all of them by {@code n}. */
  private NewsDataSet.PostRow readablePost(PersonRow reader, int n) {
    List<NewsDataSet.PostRow> all = news.readableBy(schoolRoles(trust, reader.id()));
    List<NewsDataSet.PostRow> discussed = all.stream().filter(NewsDataSet::discussed).toList();
    // a post with its 30 comments where the reader has one, else any post aimed at them
    List<NewsDataSet.PostRow> readable = discussed.isEmpty() ? all : discussed;
    if (readable.isEmpty()) {
      throw new IllegalStateException("No post is aimed at " + reader.email());
    }
    return readable.get((int) ((n * 7919L) % readable.size()));
  }

  /** One scenario's measured run and the number of sessions (or sign-in forms) it used. */
  record LoadRun(Scenario scenario, int sessions, LoadResult result) {}

  private LoadRun load(URI base, Wrk wrk, Scenario scenario, Sessions sessions)
      throws IOException, InterruptedException, ExecutionException {
    Duration warmup = Duration.ofSeconds(options.warmupSeconds());
    Duration measured = Duration.ofSeconds(options.durationSeconds());
    if (scenario.name().equals(WEEK_EVENTS)) {
      scenario = withCalendarViews(base, scenario, options.connections());
    }
    Scenario warm = scenario;
    Scenario run = scenario;
    if (scenario.once()) {
      // Sign-in forms are used up: prepare enough for three times the rate seen so far.
      warm =
          scenario.name().equals(BOOK)
              ? withBookingForms(
                  base,
                  scenario,
                  Math.min(formsFor(BOOKINGS_EXPECTED, warmup), freeSlots.size() / 4),
                  "warm-up")
              : scenario.name().equals(SIGN_UP)
                  ? withSignUpForms(
                      base,
                      scenario,
                      // a tenth: the 9,820 sign-ups at scale 1.0 must last the measured run
                      Math.min(formsFor(SIGN_UPS_EXPECTED, warmup), signUps.size() / 10),
                      "warm-up")
                  : withForms(
                      base, scenario, formsFor(sessions.signInsPerSecond(), warmup), "warm-up");
    }
    log.printf(
        Locale.ROOT, "Scenario %s: %d s warm-up%n", scenario.name(), options.warmupSeconds());
    LoadResult warmResult =
        wrk.run(
            base,
            warm,
            warm.write(runDir),
            warmup,
            runDir.resolve(scenario.name() + "-warmup.txt"));
    if (warmResult.failed()) {
      log.println("  warm-up failed: " + warmResult.failure());
      return new LoadRun(scenario, warm.sessions(), warmResult);
    }
    if (scenario.once()) {
      if (scenario.name().equals(BOOK)) {
        double rate = Math.max(BOOKINGS_EXPECTED, warmResult.requestsPerSecond());
        run = withBookingForms(base, scenario, onceFormsFor(rate, measured), "measured");
      } else if (scenario.name().equals(SIGN_UP)) {
        double rate = Math.max(SIGN_UPS_EXPECTED, warmResult.requestsPerSecond());
        run = withSignUpForms(base, scenario, onceFormsFor(rate, measured), "measured");
      } else {
        double rate = Math.max(sessions.signInsPerSecond(), warmResult.requestsPerSecond());
        run = withForms(base, scenario, formsFor(rate, measured), "measured");
      }
    }
    log.printf(
        Locale.ROOT, "Scenario %s: %d s measured", scenario.name(), options.durationSeconds());
    LoadResult result =
        wrk.run(base, run, run.write(runDir), measured, runDir.resolve(scenario.name() + ".txt"));
    log.printf(
        Locale.ROOT,
        ": %.1f req/s, p95 %.1f ms%s%n",
        result.requestsPerSecond(),
        result.p95Micros() / 1000.0,
        result.failed() ? ", FAILED: " + result.failure() : "");
    if (scenario.name().equals(DOWNLOAD)) {
      log.printf(Locale.ROOT, "  %.1f MB/s%n", BenchmarkReport.megabytesPerSecond(result));
    }
    return new LoadRun(scenario, run.sessions(), result);
  }

  private int formsFor(double rate, Duration duration) {
    return (int)
        Math.min(20_000, Math.ceil(rate * 3 * duration.toSeconds()) + 2L * options.connections());
  }

  /** The booking rate the issue asks for: forms are prepared for at least this. */
  static final double BOOKINGS_EXPECTED = 200;

  /**
   * Forms for a measured run that posts each once (bookings, sign-ups): two and a half times the
   * warm-up's rate (was half as many again, too few once the warm-up had warmed the server: the
   * sign-ups went from 162 a second in the warm-up to 244 measured), within what the data set has
   * left.
   */
  private int onceFormsFor(double rate, Duration duration) {
    return (int) Math.ceil(rate * 2.5 * duration.toSeconds()) + 2 * options.connections();
  }

  /**
   * The booking scenario with {@code count} booking forms, each for a free half hour of its own
   * (never one an earlier form took; the warm-up takes at most a quarter of them), prepared {@link
   * #FORMS_PER_SESSION} to a session by ordinary staff of every school signing in through the real
   * form.
   */
  private Scenario withBookingForms(URI base, Scenario scenario, int count, String phase)
      throws InterruptedException, ExecutionException {
    int available = freeSlots.size() - slotsTaken;
    if (available == 0) {
      throw new IllegalStateException(
          "No free half hour is left for booking forms: give a larger --scale");
    }
    if (count > available) {
      log.printf(
          Locale.ROOT,
          "  only %d free half hours left for %d booking forms: the run may use them up%n",
          available,
          count);
      count = available;
    }
    List<RoomsDataSet.FreeSlot> slots = freeSlots.subList(slotsTaken, slotsTaken + count);
    slotsTaken += count;
    List<PersonRow> ordinary =
        trust.people.stream().filter(p -> !p.email().startsWith("bench.")).toList();
    int sessionCount = (count + FORMS_PER_SESSION - 1) / FORMS_PER_SESSION;
    log.printf(
        Locale.ROOT,
        "Preparing %d booking forms in %d sessions (%s)%n",
        count,
        sessionCount,
        phase);
    List<List<Request>> perSession =
        inParallel(
            sessionCount,
            s -> {
              IntranetClient client = new IntranetClient(base);
              PersonRow who = ordinary.get((int) ((s * 7919L + slotsTaken) % ordinary.size()));
              signInOrFail(client, who.email());
              List<Request> forms = new ArrayList<>();
              int end = Math.min(slots.size(), (s + 1) * FORMS_PER_SESSION);
              for (int k = s * FORMS_PER_SESSION; k < end; k++) {
                RoomsDataSet.FreeSlot slot = slots.get(k);
                HttpResponse<String> page = client.get("rooms/room.xhtml?id=" + slot.roomId());
                if (page.statusCode() != 200 || !page.body().contains("id=\"book\"")) {
                  throw new IllegalStateException(
                      "Room " + slot.roomId() + " offered no booking form: " + page.statusCode());
                }
                forms.add(
                    new Request(
                        "POST",
                        "/rooms/room.xhtml",
                        client.cookieHeader(),
                        client.formBody("book", bookingFields(slot))));
              }
              return forms;
            });
    List<Request> forms = new ArrayList<>();
    perSession.forEach(forms::addAll);
    return new Scenario(
        scenario.name(),
        scenario.description(),
        scenario.expectedStatus(),
        scenario.marker(),
        true,
        forms);
  }

  /** The sign-up rate expected: forms are prepared for at least this. */
  static final double SIGN_UPS_EXPECTED = 100;

  /**
   * The sign-up scenario with {@code count} sign-up forms, each for a session of its own (never one
   * an earlier form took), each prepared by a member of the session's network signing in through
   * the real form and opening the session's page, at most {@link #FORMS_PER_SESSION} to a session.
   */
  private Scenario withSignUpForms(URI base, Scenario scenario, int count, String phase)
      throws InterruptedException, ExecutionException {
    int available = signUps.size() - signUpsTaken;
    if (available == 0) {
      throw new IllegalStateException("No session is left to sign up to: give a larger --scale");
    }
    count = Math.min(count, available);
    List<long[]> wanted = signUps.subList(signUpsTaken, signUpsTaken + count);
    signUpsTaken += count;
    List<List<long[]>> chunks = new ArrayList<>();
    for (long[] one : wanted) {
      List<long[]> last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
      if (last == null || last.size() == FORMS_PER_SESSION || last.get(0)[0] != one[0]) {
        last = new ArrayList<>();
        chunks.add(last);
      }
      last.add(one);
    }
    Map<Long, String> emails = new HashMap<>();
    trust.people.forEach(p -> emails.put(p.id(), p.email()));
    log.printf(
        Locale.ROOT,
        "Preparing %d sign-up forms in %d sessions (%s)%n",
        count,
        chunks.size(),
        phase);
    List<List<Request>> perSession =
        inParallel(
            chunks.size(),
            c -> {
              List<long[]> chunk = chunks.get(c);
              IntranetClient client = new IntranetClient(base);
              signInOrFail(client, emails.get(chunk.get(0)[0]));
              List<Request> forms = new ArrayList<>();
              for (long[] one : chunk) {
                HttpResponse<String> page = client.get("networks/session.xhtml?id=" + one[1]);
                if (page.statusCode() != 200 || !page.body().contains("id=\"place:signUp\"")) {
                  throw new IllegalStateException(
                      "Session " + one[1] + " offered no sign-up: " + page.statusCode());
                }
                forms.add(
                    new Request(
                        "POST",
                        "/networks/session.xhtml",
                        client.cookieHeader(),
                        client.formBody("place", Map.of("place:signUp", ""))));
              }
              return forms;
            });
    List<Request> forms = new ArrayList<>();
    perSession.forEach(forms::addAll);
    return new Scenario(
        scenario.name(),
        scenario.description(),
        scenario.expectedStatus(),
        scenario.marker(),
        true,
        forms);
  }

  /**
   * The sign-up run, failed when a session has more places booked than it has, or a count of booked
   * places that disagrees with its places (counted as unexpected answers).
   */
  private LoadRun checkedSignUps(LoadRun run, DataSource dataSource) {
    String sql =
        "SELECT COUNT(*) FROM network_session s WHERE s.booked > s.capacity OR s.booked <>"
            + " (SELECT COUNT(*) FROM network_session_place p WHERE p.session_id = s.id"
            + " AND p.state = 'BOOKED')";
    long wrong;
    try (java.sql.Connection db = dataSource.getConnection();
        java.sql.PreparedStatement count = db.prepareStatement(sql);
        java.sql.ResultSet r = count.executeQuery()) {
      r.next();
      wrong = r.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not check the sessions: " + e.getMessage(), e);
    }
    log.printf(
        Locale.ROOT,
        "  sessions with more places taken than they have, or miscounted: %d%n",
        wrong);
    return wrong == 0
        ? run
        : withUnexpected(run, wrong, wrong + " sessions over their places or miscounted");
  }

  /** The booking form's fields for one free half hour, as a person fills them in. */
  static Map<String, String> bookingFields(RoomsDataSet.FreeSlot slot) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("book:date", slot.day().toString());
    fields.put("book:start", slot.start().toString());
    fields.put("book:end", slot.end().toString());
    fields.put("book:title", "Peer observation debrief");
    fields.put("book:purpose", "");
    fields.put("book:attendees", "4");
    fields.put("book:submit", "");
    return fields;
  }

  private static void signInOrFail(IntranetClient client, String email) {
    HttpResponse<String> response = client.signIn(email, PASSWORD);
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || !location.endsWith("/index.xhtml")) {
      throw new IllegalStateException(
          "Could not sign in as " + email + ": HTTP " + response.statusCode() + " " + location);
    }
  }

  /**
   * The booking run, failed when the database holds two confirmed or pending bookings of one room
   * that overlap (counted as unexpected answers): the benchmark's own check that the load left no
   * double booking behind.
   */
  private LoadRun checkedBookings(LoadRun run, DataSource dataSource) {
    String sql =
        "SELECT COUNT(*) FROM booking a JOIN booking b ON b.room_id = a.room_id AND b.id <> a.id"
            + " AND b.starts_at < a.ends_at AND a.starts_at < b.ends_at"
            + " AND b.status IN ('CONFIRMED', 'PENDING')"
            + " WHERE a.id > ? AND a.status IN ('CONFIRMED', 'PENDING')";
    long overlaps;
    long made;
    try (java.sql.Connection db = dataSource.getConnection();
        java.sql.PreparedStatement count = db.prepareStatement(sql);
        java.sql.PreparedStatement added =
            db.prepareStatement("SELECT COUNT(*) FROM booking WHERE id > ?")) {
      count.setLong(1, generatedBookings);
      added.setLong(1, generatedBookings);
      try (java.sql.ResultSet r = count.executeQuery()) {
        r.next();
        overlaps = r.getLong(1);
      }
      try (java.sql.ResultSet r = added.executeQuery()) {
        r.next();
        made = r.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not check the bookings: " + e.getMessage(), e);
    }
    log.printf(
        Locale.ROOT,
        "  %,d bookings made by the run; overlapping bookings in the database: %d%n",
        made,
        overlaps);
    if (overlaps == 0) {
      return run;
    }
    return withUnexpected(run, overlaps, overlaps + " overlapping bookings in the database");
  }

  /** The run with {@code count} more unexpected answers, failed for {@code failure}. */
  private static LoadRun withUnexpected(LoadRun run, long count, String failure) {
    LoadResult r = run.result();
    return new LoadRun(
        run.scenario(),
        run.sessions(),
        new LoadResult(
            r.requests(),
            r.durationMicros(),
            r.bytes(),
            r.meanMicros(),
            r.p50Micros(),
            r.p90Micros(),
            r.p95Micros(),
            r.p99Micros(),
            r.maxMicros(),
            r.connectErrors(),
            r.readErrors(),
            r.writeErrors(),
            r.timeouts(),
            r.unexpected() + count,
            r.exhausted(),
            failure));
  }

  /** The sign-in scenario with {@code count} fresh sign-in forms, each in its own new session. */
  private Scenario withForms(URI base, Scenario scenario, int count, String phase)
      throws InterruptedException, ExecutionException {
    List<PersonRow> people = trust.people;
    log.printf(Locale.ROOT, "Preparing %d sign-in forms (%s)%n", count, phase);
    List<Request> forms =
        inParallel(
            count,
            i -> {
              IntranetClient client = new IntranetClient(base);
              HttpResponse<String> page = client.get("login.xhtml");
              if (page.statusCode() != 200) {
                throw new IllegalStateException("The sign-in page answered " + page.statusCode());
              }
              String email = people.get((int) ((i * 31L) % people.size())).email();
              return new Request(
                  "POST",
                  "/login.xhtml",
                  client.cookieHeader(),
                  client.formBody("login", IntranetClient.signInFields(email, PASSWORD)));
            });
    return new Scenario(
        scenario.name(),
        scenario.description(),
        scenario.expectedStatus(),
        scenario.marker(),
        true,
        forms);
  }

  /** Statements per request of each scenario: the third request of each, alone on the server. */
  private Map<String, Integer> countSql(IntranetServer intranet, TrustDataSet trust)
      throws IOException, InterruptedException {
    log.println("Counting SQL statements per request");
    URI base = intranet.base();
    Map<String, Integer> counts = new LinkedHashMap<>();
    PersonRow someone =
        trust.people.stream()
            .filter(p -> !p.email().startsWith("bench."))
            .findFirst()
            .orElseThrow();
    IntranetClient staff = new IntranetClient(base);
    staff.signIn(someone.email(), PASSWORD);
    IntranetClient admin = new IntranetClient(base);
    admin.signIn(TrustDataSet.schoolAdminEmail(1), PASSWORD);
    long school = trust.schools.get(0).id();
    IntranetClient anonymous = new IntranetClient(base);
    Map<String, Runnable> requests = new LinkedHashMap<>();
    requests.put(BenchmarkResult.FLOOR, () -> expect200(anonymous.get("floor.xhtml")));
    requests.put("home", () -> expect200(staff.get("index.xhtml")));
    requests.put(
        "directory",
        () -> expect200(staff.get("staff/directory.xhtml?q=" + encode(someone.familyName()))));
    requests.put("members", () -> expect200(admin.get("schools/members.xhtml?id=" + school)));
    PersonRow twoSchool = twoSchoolMembers(trust).get(0);
    IntranetClient member = new IntranetClient(base);
    member.signIn(twoSchool.email(), PASSWORD);
    requests.put("feed", () -> expect(member.get("index.xhtml"), FEED_MARKER));
    long post = readablePost(someone, 0).id();
    requests.put("post", () -> expect(staff.get("news/post.xhtml?id=" + post), POST_MARKER));
    String searchPath = searchPath(twoSchool, 0).substring(1);
    requests.put("search", () -> expect(member.get(searchPath), SEARCH_MARKER));
    String calendar = "rooms/calendar.xhtml?school=" + firstSchool(someone);
    requests.put(WEEK, () -> expect(staff.get(calendar), WEEK_MARKER));
    IntranetClient viewer = new IntranetClient(base);
    viewer.signIn(someone.email(), PASSWORD);
    expect(viewer.get(calendar), WEEK_MARKER);
    requests.put(
        WEEK_EVENTS,
        () ->
            expect(
                viewer.post(calendar, "calendar", weekEventsFields(rooms.firstDay, 1)),
                WEEK_EVENTS_MARKER));
    requests.put(FIND, () -> expect(staff.get(findPath(0).substring(1)), FIND_MARKER));
    String libraryPath = librarySearchPath(someone, 0).substring(1);
    requests.put(LIBRARY_SEARCH, () -> expect(staff.get(libraryPath), LIBRARY_SEARCH_MARKER));
    String filePath = "library/file/" + library.mebibyteDownloads()[0] + "/1";
    requests.put(DOWNLOAD, () -> expectWholeFile(staff.get(filePath)));
    requests.put(NETWORK, () -> expect(staff.get("networks/network.xhtml?id=1"), NETWORK_MARKER));
    requests.put(PARTNERS, () -> expect(staff.get("learning/partners.xhtml"), PARTNERS_MARKER));
    requests.put(
        CASE_SEARCH, () -> expect(staff.get(caseSearchPath(0).substring(1)), CASE_SEARCH_MARKER));
    for (Map.Entry<String, Runnable> request : requests.entrySet()) {
      request.getValue().run();
      request.getValue().run();
      long from = intranet.awaitQuietLog(Duration.ofMillis(300));
      request.getValue().run();
      long to = intranet.awaitQuietLog(Duration.ofMillis(300));
      counts.put(request.getKey(), SqlLog.statements(intranet.logBetween(from, to)));
    }
    for (int i = 0; i < 3; i++) {
      IntranetClient fresh = new IntranetClient(base);
      fresh.get("login.xhtml");
      long from = intranet.awaitQuietLog(Duration.ofMillis(300));
      HttpResponse<String> posted =
          fresh.post(
              "login.xhtml", "login", IntranetClient.signInFields(someone.email(), PASSWORD));
      if (posted.statusCode() != 302) {
        throw new IllegalStateException(
            "Sign-in for the SQL count answered " + posted.statusCode());
      }
      long to = intranet.awaitQuietLog(Duration.ofMillis(300));
      counts.put("login", SqlLog.statements(intranet.logBetween(from, to)));
    }
    log.println("  " + counts);
    return counts;
  }

  private static void expect200(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          response.uri() + " answered " + response.statusCode() + " while counting SQL");
    }
  }

  private static void expectWholeFile(HttpResponse<String> response) {
    expect200(response);
    String length = response.headers().firstValue("Content-Length").orElse("");
    if (!length.equals(Integer.toString(LibraryFiles.MIB))) {
      throw new IllegalStateException(
          response.uri() + " sent Content-Length " + length + " while counting SQL");
    }
  }

  private static void expect(HttpResponse<String> response, String marker) {
    expect200(response);
    if (!response.body().contains(marker)) {
      throw new IllegalStateException(response.uri() + " has no " + marker + " while counting SQL");
    }
  }

  private void writeReports(BenchmarkResult result) throws IOException {
    Files.writeString(runDir.resolve("results.json"), result.toJsonText(), StandardCharsets.UTF_8);
    Files.writeString(
        runDir.resolve("results.txt"), BenchmarkReport.text(result), StandardCharsets.UTF_8);
    List<BenchmarkResult> runs = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(options.out())) {
      for (Path dir :
          dirs.filter(d -> !d.equals(runDir))
              .filter(d -> Files.isRegularFile(d.resolve("results.json")))
              .sorted()
              .toList()) {
        try {
          runs.add(BenchmarkResult.read(dir.resolve("results.json")));
        } catch (RuntimeException unreadable) {
          log.println("  (skipping " + dir + ": " + unreadable.getMessage() + ")");
        }
      }
    }
    // The five runs before this one, then this one.
    runs = new ArrayList<>(runs.subList(Math.max(0, runs.size() - 5), runs.size()));
    runs.add(result);
    Files.writeString(
        runDir.resolve("report.html"), BenchmarkReport.html(runs), StandardCharsets.UTF_8);
    log.println(
        "Reports: " + runDir.resolve("results.json") + " and " + runDir.resolve("report.html"));
  }

  private static String databaseProduct(DataSource dataSource, String url) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductName()
          + " "
          + meta.getDatabaseProductVersion().replaceAll("\\s.*", "")
          + (url.startsWith("jdbc:h2:") ? " (embedded)" : "");
    }
  }

  private static String machine() {
    return String.format(
        Locale.ROOT,
        "%d cores, %s %s",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
