package org.trustintranet.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditActionLabelsTest {
  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle("org.trustintranet.web.messages", Locale.UK);

  /** The first argument of every audit.record(...) call: its literal action codes. */
  private static final Pattern RECORDED =
      Pattern.compile("audit\\.record\\(\\s*([^,]+),", Pattern.DOTALL);

  private static final Pattern CODE = Pattern.compile("\"([a-z]+\\.[a-zA-Z.]+)\"");

  @Test
  void everyActionTheContextsRecordHasAWordedLabelInEnglishAndWelsh() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("..", "trust-domain"))) {
      files
          .filter(f -> f.toString().endsWith(".java") && f.toString().contains("src/main/java"))
          .forEach(f -> codes.addAll(recordedCodes(f)));
    }
    assertTrue(codes.size() >= 18, "found the recorded actions: " + codes);
    for (String file : List.of("messages.properties", "messages_cy.properties")) {
      Properties labels = new Properties();
      try (Reader in =
          Files.newBufferedReader(
              Path.of("src/main/resources/org/trustintranet/web", file), StandardCharsets.UTF_8)) {
        labels.load(in);
      }
      for (String code : codes) {
        assertTrue(
            labels.containsKey("audit.action." + code), file + " needs audit.action." + code);
      }
    }
  }

  @Test
  void anUnknownCodeIsShownAsItIs() {
    assertEquals("Added to a school", AuditView.label(MESSAGES, "membership.add"));
    assertEquals("nothing.known", AuditView.label(MESSAGES, "nothing.known"));
  }

  private static Set<String> recordedCodes(Path file) {
    try {
      Set<String> codes = new TreeSet<>();
      Matcher call = RECORDED.matcher(Files.readString(file));
      while (call.find()) {
        Matcher code = CODE.matcher(call.group(1));
        while (code.find()) {
          codes.add(code.group(1));
        }
      }
      return codes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
