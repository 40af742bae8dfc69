package org.trustintranet.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustintranet.kernel.application.ContextSchema;

/**
 * The layers inside each bounded context and the boundaries between them (shared/DESIGN.md), held
 * by the build. A new context is one more name in {@link #CONTEXTS}.
 */
public class ArchitectureTest {
  /** The bounded contexts under trust-domain/, besides the kernel that all of them use. */
  static final List<String> CONTEXTS =
      List.of("membership", "news", "rooms", "resources", "networks");

  /**
   * The contexts each context may use besides the kernel (shared/DESIGN.md): a network's shared
   * resources are the library's, named through its service API; news asks networks' read API which
   * networks a reader belongs to (the network audience).
   */
  static final Map<String, Set<String>> MAY_USE =
      Map.of(
          "membership", Set.of(),
          "news", Set.of("membership", "networks"),
          "rooms", Set.of("membership"),
          "resources", Set.of("membership"),
          "networks", Set.of("membership", "rooms", "resources"));

  private static final String ROOT = "org.trustintranet";

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  /** The bounded contexts' names, for other tests that count them. */
  public static List<String> contextNames() {
    return CONTEXTS;
  }

  static Stream<String> contexts() {
    return CONTEXTS.stream();
  }

  /** Contexts and the kernel: both are cut into domain, application and infrastructure. */
  static Stream<String> layered() {
    return Stream.concat(Stream.of("kernel"), CONTEXTS.stream());
  }

  private static String pkg(String context, String layer) {
    return ROOT + "." + context + "." + layer + "..";
  }

  @ParameterizedTest(name = "{0}.domain keeps to the rules")
  @MethodSource("layered")
  void domainUsesNoOuterLayerNoFilesNoScreens(String context) {
    noClasses()
        .that()
        .resideInAPackage(pkg(context, "domain"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".*.application..",
            ROOT + ".*.infrastructure..",
            ROOT + ".web..",
            "java.nio.file..",
            "org.apache.commons.csv..",
            "jakarta.faces..",
            "org.primefaces..",
            "jakarta.servlet..")
        .orShould()
        .dependOnClassesThat(
            describe(
                "read or write files (java.io streams, readers, writers, files)",
                ArchitectureTest::isFileIo))
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.enterprise.inject.Produces")
        .because("a domain holds the rules; reading files, screens and wiring live outside it")
        .check(PRODUCTION);
  }

  /**
   * A value a service API may carry out of a domain: an enum (a managed list such as the library's
   * subjects) or a record (a read-only row), or a type nested in one; never an entity.
   */
  private static boolean isValue(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent() && !(outer.isEnum() || outer.isRecord())) {
      outer = outer.getEnclosingClass().get();
    }
    return outer.isEnum() || outer.isRecord();
  }

  /** java.io beyond Serializable and the unchecked wrapper of its failures. */
  private static boolean isFileIo(JavaClass type) {
    return type.getPackageName().equals("java.io")
        && !type.getName().equals("java.io.Serializable")
        && !type.getName().equals("java.io.Serial")
        && !type.getName().equals("java.io.UncheckedIOException");
  }

  @ParameterizedTest(name = "{0}.application uses no infrastructure")
  @MethodSource("layered")
  void applicationUsesNoInfrastructure(String context) {
    noClasses()
        .that()
        .resideInAPackage(pkg(context, "application"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".*.infrastructure..")
        .because("services depend on interfaces; their implementations are wired by CDI")
        .check(PRODUCTION);
  }

  @ParameterizedTest(name = "others see only {0}.application")
  @MethodSource("layered")
  void othersUseOnlyTheApplicationLayer(String context) {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + "." + context + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(pkg(context, "infrastructure"))
        .because("a context's adapters are its own")
        .check(PRODUCTION);
    if (!context.equals("kernel")) {
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + "." + context + "..")
          .should()
          .dependOnClassesThat(
              describe(
                  "reside in " + pkg(context, "domain") + " and are not enums or records",
                  type ->
                      type.getPackageName().startsWith(ROOT + "." + context + ".domain")
                          && !isValue(type)))
          .because(
              "other contexts and the screens speak "
                  + context
                  + "'s service API (records, enums, events), never its entities")
          .check(PRODUCTION);
    }
  }

  @ParameterizedTest(name = "{0} uses only the contexts it may")
  @MethodSource("contexts")
  void contextsUseOnlyTheContextsTheyMay(String context) {
    assertTrue(MAY_USE.containsKey(context), context + " says which contexts it may use");
    String[] others =
        CONTEXTS.stream()
            .filter(c -> !c.equals(context) && !MAY_USE.get(context).contains(c))
            .map(c -> ROOT + "." + c + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage(ROOT + "." + context + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because(context + " may use only " + MAY_USE.get(context) + " and the kernel")
        .check(PRODUCTION);
  }

  @ParameterizedTest(name = "the kernel and web.support know nothing of {0}")
  @MethodSource("contexts")
  void kernelAndWebSupportDependOnNoContext(String context) {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".kernel..", ROOT + ".web.support..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + "." + context + "..")
        .check(PRODUCTION);
  }

  @ParameterizedTest(name = "{0} has its schema")
  @MethodSource("contexts")
  void everyContextHasItsSchemaAndMigrations(String context) throws IOException {
    classes()
        .that()
        .resideInAPackage(pkg(context, "infrastructure"))
        .and()
        .haveSimpleNameEndingWith("Schema")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(ContextSchema.class)
        .allowEmptyShould(false)
        .because("each context names its schema (e.g. MembershipSchema) for the migration runner")
        .check(PRODUCTION);
    Path migrations = module(context).resolve(Path.of("src", "main", "resources", "db", context));
    assertTrue(Files.isDirectory(migrations), migrations + " holds the context's migrations");
    try (Stream<Path> files = Files.list(migrations)) {
      assertTrue(
          files.anyMatch(f -> f.getFileName().toString().matches("V1__.+\\.sql")),
          migrations + "/V1__*.sql creates the context's tables");
    }
  }

  /** A context's module, from trust-web (where this test runs). */
  private static Path module(String context) {
    return Path.of("..", "trust-domain", context);
  }

  @ParameterizedTest(name = "{0} says what each layer owns")
  @MethodSource("layered")
  void everyLayerHasAPackageInfo(String context) {
    Path sources = module(context).resolve(Path.of("src", "main", "java", "org"));
    for (String layer : new String[] {"", "domain", "application", "infrastructure"}) {
      Path info = sources.resolve(Path.of("trustintranet", context, layer, "package-info.java"));
      assertTrue(Files.isRegularFile(info), info + " says what the package owns");
    }
  }

  @Test
  void contextsFormNoCycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PRODUCTION);
  }

  /**
   * A bean of a normal scope (session, application, request, view, conversation) is reached through
   * Weld's client proxy, one object shared by every caller, and the proxy keeps a method's {@code
   * synchronized}: such a method locks that shared proxy, so every request of every session waits
   * for every other. Measured: the language choice's synchronized {@code locale} made all pages
   * take turns, 16 req/s on the home page with 16 sessions. Guard state with a private lock or
   * immutable values instead.
   */
  @Test
  void noNormalScopedBeanHasSynchronizedMethods() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)
        .or()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
        .or()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(jakarta.enterprise.context.RequestScoped.class)
        .or()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(jakarta.faces.view.ViewScoped.class)
        .or()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(jakarta.enterprise.context.ConversationScoped.class)
        .should()
        .notHaveModifier(JavaModifier.SYNCHRONIZED)
        .check(PRODUCTION);
  }
}
