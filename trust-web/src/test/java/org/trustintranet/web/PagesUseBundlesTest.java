package org.trustintranet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from a bundle, so that it exists in English and in Welsh: no page
 * under src/main/webapp has literal text in a text node or in an attribute a person sees or hears.
 */
class PagesUseBundlesTest {
  private static final Path WEBAPP = Path.of("src", "main", "webapp");

  /** Attributes whose value is shown or read out. */
  private static final Pattern VISIBLE_ATTRIBUTE =
      Pattern.compile(
          "\\s(value|title|alt|placeholder|label|header|headerText|footerText|aria-label"
              + "|ariaLabel|aria-description|emptyMessage|message|itemLabel|noSelectionLabel"
              + "|requiredMessage|validatorMessage|converterMessage|summary|caption|confirm"
              + "|tooltip|hint|legend|text|yesLabel|noLabel|chooseLabel|uploadLabel"
              + "|cancelLabel|invalidSizeMessage|invalidFileMessage)=\"([^\"]*)\"");

  private static final Pattern BUTTON_VALUE =
      Pattern.compile("(<button\\b[^>]*?)\\svalue=\"[^\"]*\"");
  private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{[^}]*}");
  private static final Pattern ENTITY = Pattern.compile("&[a-zA-Z0-9#]+;");

  /**
   * The literal words of {@code page}: text nodes and visible attributes, without expressions,
   * entities and punctuation.
   */
  static List<String> literalWords(String page) {
    String markup = COMMENT.matcher(page).replaceAll("");
    markup = markup.replaceAll("(?s)<!DOCTYPE[^>]*>", "");
    // an HTML <button> shows its content, not its value (the editor's toolbar names formats there)
    markup = BUTTON_VALUE.matcher(markup).replaceAll("$1");
    List<String> found = new ArrayList<>();
    Matcher text = TEXT_NODE.matcher(markup);
    while (text.find()) {
      if (hasWords(text.group(1))) {
        found.add(text.group(1).strip());
      }
    }
    Matcher attribute = VISIBLE_ATTRIBUTE.matcher(markup);
    while (attribute.find()) {
      if (hasWords(attribute.group(2))) {
        found.add(attribute.group(1) + "=\"" + attribute.group(2) + "\"");
      }
    }
    return found;
  }

  private static boolean hasWords(String content) {
    String rest = EXPRESSION.matcher(content).replaceAll("");
    rest = ENTITY.matcher(rest).replaceAll("");
    return rest.codePoints().anyMatch(Character::isLetter);
  }

  @Test
  void noPageHasLiteralText() throws IOException {
    List<String> wrong = new ArrayList<>();
    int pages = 0;
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        pages++;
        for (String words : literalWords(read(page))) {
          wrong.add(WEBAPP.relativize(page) + ": " + words);
        }
      }
    }
    assertTrue(pages >= 15, "found the pages: " + pages);
    assertTrue(wrong.isEmpty(), "move into the bundles:\n" + String.join("\n", wrong));
  }

  @Test
  void theScanFindsWordsAndLetsExpressionsEntitiesAndPunctuationThrough() {
    assertEquals(
        List.of("Hello", "Sign in", "title=\"Close\"", "placeholder=\"Name or #{x}\""),
        literalWords(
            "<p>Hello</p><h:outputText value=\"#{msg['a']}\"/><span> · &nbsp;: </span>"
                + "<!-- a comment --><b>#{msg['b']} (#{c})</b><em>Sign in</em>"
                + "<a title=\"Close\" href=\"x.xhtml\">#{msg['c']}</a>"
                + "<p:inputText placeholder=\"Name or #{x}\" styleClass=\"wide\"/>"));
    assertEquals(List.of("Dydd Llun"), literalWords("<p>Dydd Llun</p>"));
    assertEquals(
        List.of("Bold", "aria-label=\"Bulleted\"", "value=\"Save\""),
        literalWords(
            "<button type=\"button\" value=\"bullet\" aria-label=\"Bulleted\">Bold</button>"
                + "<p:commandButton value=\"Save\"/>"));
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
