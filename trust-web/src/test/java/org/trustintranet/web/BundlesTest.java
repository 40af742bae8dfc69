package org.trustintranet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every English bundle has a Welsh twin with exactly the same keys, every Welsh value is written
 * (and differs from the English, but for a short list of words that are the same in both), the
 * placeholders match, and apostrophes follow MessageFormat's rule: doubled in a value with
 * {0}-style arguments, single in one without.
 */
class BundlesTest {
  private static final Path RESOURCES = Path.of("src", "main", "resources");

  /** The bundles, English file first. */
  static Stream<List<String>> pairs() {
    return Stream.of(
        List.of(
            "org/trustintranet/web/messages.properties",
            "org/trustintranet/web/messages_cy.properties"),
        List.of(
            "org/trustintranet/web/FacesMessages.properties",
            "org/trustintranet/web/FacesMessages_cy.properties"),
        List.of("ValidationMessages.properties", "ValidationMessages_cy.properties"));
  }

  /**
   * Keys whose Welsh is the English, and why: each language's name is written in itself in both
   * bundles (the header's switch, the profile's choice); "Staff" is the Welsh word too; URN is the
   * name of the Department for Education's school number, used as it is in Welsh.
   */
  static final Set<String> SAME_IN_BOTH =
      Set.of("language.en", "language.cy", "role.STAFF", "schools.urn");

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z0-9]+[^}]*}");

  static Map<String, String> read(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    Map<String, String> values = new java.util.TreeMap<>();
    properties.forEach((k, v) -> values.put((String) k, (String) v));
    return values;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void welshHasExactlyTheEnglishKeys(List<String> pair) throws IOException {
    Set<String> english = read(pair.get(0)).keySet();
    Set<String> welsh = read(pair.get(1)).keySet();
    Set<String> missing = new TreeSet<>(english);
    missing.removeAll(welsh);
    Set<String> extra = new TreeSet<>(welsh);
    extra.removeAll(english);
    assertTrue(missing.isEmpty(), pair.get(1) + " lacks " + missing);
    assertTrue(extra.isEmpty(), pair.get(1) + " has keys English lacks: " + extra);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void everyWelshValueIsWrittenInWelsh(List<String> pair) throws IOException {
    Map<String, String> english = read(pair.get(0));
    Map<String, String> welsh = read(pair.get(1));
    List<String> wrong = new ArrayList<>();
    welsh.forEach(
        (key, value) -> {
          if (value.isBlank()) {
            wrong.add(key + " is empty");
          } else if (value.equals(english.get(key)) && !SAME_IN_BOTH.contains(key)) {
            wrong.add(key + " is still English: " + value);
          }
        });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void placeholdersAreTheSameInBothLanguages(List<String> pair) throws IOException {
    Map<String, String> english = read(pair.get(0));
    Map<String, String> welsh = read(pair.get(1));
    List<String> wrong = new ArrayList<>();
    english.forEach(
        (key, value) -> {
          if (!placeholders(value).equals(placeholders(welsh.getOrDefault(key, "")))) {
            wrong.add(key + ": " + value + " / " + welsh.get(key));
          }
        });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void apostrophesFollowMessageFormatsRule(List<String> pair) throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String file : pair) {
      boolean beanValidation = file.startsWith("ValidationMessages");
      read(file)
          .forEach(
              (key, value) -> {
                if (beanValidation || !ARGUMENT.matcher(value).find()) {
                  if (value.contains("''")) {
                    wrong.add(file + " " + key + ": no arguments, so write ' once: " + value);
                  }
                  return;
                }
                if (value.replace("''", "").contains("'")) {
                  wrong.add(file + " " + key + ": with arguments, write '' for ': " + value);
                }
                Object[] arguments = {"A", "B", "C", "D"};
                String shown = new MessageFormat(value, Locale.UK).format(arguments);
                long written = value.replace("''", "'").chars().filter(c -> c == '\'').count();
                long kept = shown.chars().filter(c -> c == '\'').count();
                if (written != kept || shown.contains("{")) {
                  wrong.add(file + " " + key + " shows as: " + shown);
                }
              });
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void welshIsReadAsUtf8ByTheResourceBundlesFacesUses() {
    ResourceBundle welsh =
        ResourceBundle.getBundle("org.trustintranet.web.messages", Locale.forLanguageTag("cy"));
    assertEquals("Ydych chi'n siŵr?", welsh.getString("common.confirm"));
    assertEquals("Dim caniatâd", welsh.getString("errors.forbidden.title"));
    assertEquals("Ôl-16", welsh.getString("phase.POST_16"));
    ResourceBundle english = ResourceBundle.getBundle("org.trustintranet.web.messages", Locale.UK);
    assertEquals("Are you sure?", english.getString("common.confirm"));
  }

  @Test
  void theWelshFilesAreValidUtf8() throws IOException {
    for (List<String> pair : pairs().toList()) {
      byte[] bytes = Files.readAllBytes(RESOURCES.resolve(pair.get(1)));
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertFalse(text.contains("\uFFFD"), pair.get(1) + " is not valid UTF-8");
      assertEquals(bytes.length, text.getBytes(StandardCharsets.UTF_8).length, pair.get(1));
    }
  }

  private static Set<String> placeholders(String value) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
