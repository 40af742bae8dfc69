package org.trustintranet.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.trustintranet.kernel.application.ContextSchema;
import org.trustintranet.kernel.infrastructure.ContextMigrations;
import org.trustintranet.kernel.infrastructure.KernelSchema;
import org.trustintranet.kernel.infrastructure.LocalFileStore;
import org.trustintranet.membership.infrastructure.MembershipSchema;
import org.trustintranet.networks.infrastructure.NetworksSchema;
import org.trustintranet.news.infrastructure.NewsSchema;
import org.trustintranet.resources.infrastructure.ResourcesSchema;
import org.trustintranet.rooms.infrastructure.RoomsSchema;

/**
 * Builds the benchmark trust in a fresh database: migrates the schema exactly as the application
 * does at start-up (kernel, membership, news, rooms, resources), then writes the planned trust
 * ({@link TrustDataSet}), its news ({@link NewsDataSet}), its rooms with a school year of bookings
 * from the week it runs ({@link RoomsDataSet}) and its resource library ({@link ResourcesDataSet})
 * in JDBC batches, and the library's few shared files into the file store ({@link LibraryFiles}).
 * Refuses a database that already has schools.
 *
 * <pre>
 * DataSetGenerator [--url JDBC_URL] [--user U] [--password P] [--scale 1.0] [--seed 42]
 *                  [--password-for-accounts Bench-password-1] [--iterations 210000]
 *                  [--files DIR]
 * </pre>
 *
 * The database settings default to the application's own ({@code trust.db.url}, {@code
 * trust.db.user}, {@code trust.db.password} as system properties or {@code TRUST_DB_URL} ...
 * environment variables, else the embedded database under ./trust-data), so that the intranet
 * started afterwards with the same settings finds the generated trust.
 */
public final class DataSetGenerator {
  static final String DEFAULT_URL =
      "jdbc:h2:file:./trust-data/db/trust;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
  static final String DEFAULT_ACCOUNT_PASSWORD = "Bench-password-1";

  private static final String USAGE =
      """
      Usage: DataSetGenerator [--url JDBC_URL] [--user U] [--password P] [--scale 1.0] [--seed 42]
                              [--password-for-accounts PASSWORD] [--iterations 210000]
                              [--files DIR]
        --url, --user, --password  the database (default: trust.db.url / TRUST_DB_URL ..., else
                                   the embedded database under ./trust-data); it must have no school
        --scale                    50 schools, 5,000 staff, 20,000 posts, 1,000,000 read marks,
                                   200 rooms, about 150,000 bookings and 100,000 library
                                   resources times this factor (default 1.0)
        --seed                     the same seed and scale give the same trust (default 42)
        --password-for-accounts    every generated account's password (default Bench-password-1)
        --iterations               PBKDF2 iterations of its hash (default trust.password.iterations,
                                   else 210000)
        --files                    the intranet's file store, where the library's files go
                                   (default trust.files.dir / TRUST_FILES_DIR, else
                                   ./trust-data/files)
      """;

  /** What to generate, and where. */
  record Options(
      String url,
      String user,
      String password,
      double scale,
      long seed,
      String accountPassword,
      int iterations,
      Path filesDir) {

    static Options parse(String[] args) {
      CommandLine line = CommandLine.parse(args, OPTION_NAMES);
      return new Options(
          line.get("url", CommandLine.setting("trust.db.url", DEFAULT_URL)),
          line.get("user", CommandLine.setting("trust.db.user", "trust")),
          line.get("password", CommandLine.setting("trust.db.password", "trust")),
          line.decimal("scale", "1.0"),
          line.whole("seed", "42"),
          line.get("password-for-accounts", DEFAULT_ACCOUNT_PASSWORD),
          line.count(
              "iterations",
              CommandLine.setting(
                  "trust.password.iterations", Integer.toString(Pbkdf2Hashes.DEFAULT_ITERATIONS)),
              1,
              Integer.MAX_VALUE),
          Path.of(
              line.get(
                  "files",
                  CommandLine.setting(
                      LocalFileStore.DIRECTORY_SETTING, LocalFileStore.DEFAULT_DIRECTORY))));
    }

    private static final Set<String> OPTION_NAMES =
        Set.of(
            "url",
            "user",
            "password",
            "scale",
            "seed",
            "password-for-accounts",
            "iterations",
            "files");
  }

  /** What was generated and how long it took. */
  record Report(
      int schools,
      int people,
      int memberships,
      int trustRoles,
      int namedAccounts,
      int posts,
      int reads,
      int comments,
      int rooms,
      int bookings,
      LocalDate roomsFirstDay,
      int resources,
      int ratings,
      LocalDate libraryDay,
      int networks,
      int networkMembers,
      int networkSessions,
      int sessionPlaces,
      int coachingPairs,
      int coachingMeetings,
      int profiles,
      int profileAreas,
      int programmes,
      int programmeSessions,
      String programmesTerm,
      int caseStudies,
      long migrateMillis,
      long planMillis,
      long writeMillis,
      long libraryWriteMillis) {
    long totalMillis() {
      return migrateMillis + planMillis + writeMillis;
    }
  }

  /** The database already holds a trust: the generator fills fresh databases only. */
  static final class DatabaseNotEmptyException extends IllegalStateException {
    DatabaseNotEmptyException(long schools) {
      super(
          "The database already has "
              + schools
              + " school(s): the data set generator fills a fresh database only."
              + " Drop and create the database (or remove the embedded one), or give another --url.");
    }
  }

  private DataSetGenerator() {}

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
    out.printf(
        Locale.ROOT,
        "Generating a benchmark trust at scale %s (seed %d) into %s%n",
        options.scale(),
        options.seed(),
        options.url());
    try {
      DataSource dataSource =
          JdbcDataSources.forUrl(options.url(), options.user(), options.password());
      Report report = generate(dataSource, options);
      out.printf(
          Locale.ROOT,
          "Generated %,d schools, %,d staff with %,d memberships and %,d credentials,"
              + " %,d trust roles%n",
          report.schools(),
          report.people(),
          report.memberships(),
          report.people(),
          report.trustRoles());
      out.printf(
          Locale.ROOT,
          "%,d news posts with %,d read marks and %,d comments,"
              + " and %,d rooms with %,d bookings%n",
          report.posts(),
          report.reads(),
          report.comments(),
          report.rooms(),
          report.bookings());
      out.printf(
          Locale.ROOT,
          "%,d library resources with %,d ratings; their %d files in %s%n",
          report.resources(),
          report.ratings(),
          LibraryFiles.COUNT,
          options.filesDir().toAbsolutePath());
      out.printf(
          Locale.ROOT,
          "%,d staff networks with %,d members, leads, requests and invitations;"
              + " %,d sessions with %,d places%n",
          report.networks(),
          report.networkMembers(),
          report.networkSessions(),
          report.sessionPlaces());
      out.printf(
          Locale.ROOT,
          "%,d coaching pairings with %,d meetings%n",
          report.coachingPairs(),
          report.coachingMeetings());
      out.printf(
          Locale.ROOT,
          "%,d teaching profiles with %,d strengths and development areas%n",
          report.profiles(),
          report.profileAreas());
      out.printf(
          Locale.ROOT,
          "%,d published programmes of term %s with %,d sessions and visit days%n",
          report.programmes(),
          report.programmesTerm(),
          report.programmeSessions());
      out.printf(Locale.ROOT, "%,d published case studies%n", report.caseStudies());
      out.printf(
          Locale.ROOT,
          "Accounts for the load driver: %s and %s .. %s (%,d in all; password from"
              + " --password-for-accounts)%n",
          TrustDataSet.TRUST_ADMIN_EMAIL,
          TrustDataSet.schoolAdminEmail(1),
          TrustDataSet.schoolAdminEmail(report.schools()),
          report.namedAccounts());
      out.printf(
          Locale.ROOT,
          "Took %.1f s: migrations %.1f s, planning and password hash %.1f s, inserts %.1f s"
              + " (of which the library %.1f s)%n",
          report.totalMillis() / 1000.0,
          report.migrateMillis() / 1000.0,
          report.planMillis() / 1000.0,
          report.writeMillis() / 1000.0,
          report.libraryWriteMillis() / 1000.0);
      return 0;
    } catch (DatabaseNotEmptyException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return 1;
    } catch (SQLException | RuntimeException e) {
      err.println("The data set could not be generated: " + e);
      e.printStackTrace(err);
      return 1;
    }
  }

  /** Migrates the database, checks that it holds no trust yet, and writes the planned trust. */
  static Report generate(DataSource dataSource, Options options) throws SQLException {
    long start = System.nanoTime();
    for (ContextSchema schema :
        new ContextSchema[] {
          KernelSchema.SCHEMA,
          MembershipSchema.SCHEMA,
          NewsSchema.SCHEMA,
          RoomsSchema.SCHEMA,
          ResourcesSchema.SCHEMA,
          NetworksSchema.SCHEMA
        }) {
      ContextMigrations.migrate(dataSource, schema);
    }
    long migrated = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      long schools = countSchools(connection);
      if (schools > 0) {
        throw new DatabaseNotEmptyException(schools);
      }
      TrustDataSet trust = TrustDataSet.plan(options.scale(), options.seed());
      NewsDataSet news = NewsDataSet.plan(trust, options.scale(), options.seed());
      NewsDataSet.Reads reads = news.planReads();
      NewsDataSet.Comments comments = news.planComments();
      RoomsDataSet rooms =
          RoomsDataSet.plan(
              trust, options.scale(), options.seed(), LocalDate.now(RoomsDataSet.ZONE));
      RoomsDataSet.Bookings bookings = rooms.planBookings();
      LocalDate libraryDay = LocalDate.now(RoomsDataSet.ZONE);
      ResourcesDataSet library =
          ResourcesDataSet.plan(trust, options.scale(), options.seed(), libraryDay);
      List<LibraryFiles.Blob> blobs = LibraryFiles.blobs();
      try {
        LibraryFiles.writeInto(options.filesDir(), blobs);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Could not write the library's files into " + options.filesDir(), e);
      }
      // One hash for every account: they share a password, and PBKDF2 is slow on purpose. Its salt
      // comes from the seed, so that the same seed gives the same rows.
      byte[] salt = new byte[Pbkdf2Hashes.SALT_BYTES];
      new SplittableRandom(~options.seed()).nextBytes(salt);
      String hash = Pbkdf2Hashes.hash(options.accountPassword(), salt, options.iterations());
      long hashed = System.nanoTime();
      DataSetWriter writer = new DataSetWriter(connection);
      writer.write(
          trust, hash, TrustDataSet.AS_OF, news, reads, comments, rooms, bookings, library, blobs);
      NetworksDataSet networks =
          NetworksDataSet.plan(trust, options.scale(), options.seed(), libraryDay);
      writer.writeNetworks(networks, TrustDataSet.AS_OF);
      List<Long> focusAreas = writer.focusAreaIds();
      ProfilesDataSet profiles = ProfilesDataSet.plan(trust, focusAreas.size(), options.seed());
      writer.writeProfiles(profiles, focusAreas, TrustDataSet.AS_OF);
      ProgrammesDataSet programmes =
          ProgrammesDataSet.plan(trust, options.scale(), options.seed(), libraryDay);
      writer.writeProgrammes(programmes, TrustDataSet.AS_OF);
      CaseStudiesDataSet caseStudies =
          CaseStudiesDataSet.plan(trust, focusAreas.size(), options.scale(), options.seed());
      writer.writeCaseStudies(caseStudies, focusAreas, TrustDataSet.AS_OF);
      long written = System.nanoTime();
      return new Report(
          trust.schools.size(),
          trust.people.size(),
          trust.memberships.size(),
          trust.trustRoles.size(),
          trust.namedAccounts().size(),
          news.posts.size(),
          reads.size(),
          comments.size(),
          rooms.rooms.size(),
          bookings.size(),
          rooms.firstDay,
          library.size,
          library.ratings.size(),
          libraryDay,
          networks.networks.size(),
          networks.members.size(),
          networks.sessions.size(),
          networks.places.size(),
          networks.pairs.size(),
          networks.meetings.size(),
          profiles.profiles.size(),
          profiles.areas.size(),
          programmes.programmes.size(),
          programmes.sessions.size(),
          programmes.term.key(),
          caseStudies.caseStudies.size(),
          millis(migrated - start),
          millis(hashed - migrated),
          millis(written - hashed),
          writer.libraryMillis());
    }
  }

  private static long countSchools(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM school")) {
      count.next();
      return count.getLong(1);
    }
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }
}
