package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.loopback;
import static org.trustintranet.it.TestData.uniqueEmail;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.IntranetClient;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.AccountService;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.news.application.AtomFeedService;
import org.trustintranet.news.application.CommentService;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostForm;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every payload of {@link XssPayloads} stored through the real services in every text field of news
 * (post title, summary, body and tags; comment text; the reason a comment was hidden; the author's
 * job title), then the pages and feeds that show them fetched over HTTP and parsed: the home feed
 * (also filtered by each payload as a tag), each post's page, its edit page, the search page (also
 * searching for each payload), the public and a personal Atom feed. No payload comes out live: no
 * script of theirs, no event handler, no {@code javascript:} or {@code data:} address, no frame,
 * SVG, object or style with {@code url()}; no expression evaluated. Text fields show the payload as
 * text. The in-container step hands the ids to the client step through a file (both run on this
 * machine).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsXssIT {
  private static final Path HANDOFF =
      Path.of(System.getProperty("java.io.tmpdir"), "trust-news-xss-it.properties");
  private static final String OAKFIELD = "Oakfield Primary School";
  private static final String[] URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "background", "poster"
  };

  @Deployment
  static WebArchive deployment() {
    // the client step's types (jsoup, the client) must load where the test class is discovered
    return Deployments.intranet(
            NewsXssIT.class,
            XssPayloads.class,
            Acting.class,
            TestCallerIdentity.class,
            TestData.class,
            IntranetClient.class)
        .addPackages(true, "org.jsoup");
  }

  @Inject NewsService news;
  @Inject CommentService comments;
  @Inject AtomFeedService feeds;
  @Inject AccountService account;
  @Inject SchoolStaffService schoolStaff;
  @Inject Acting acting;

  @ArquillianResource URL base;

  @AfterEach
  void nobody() {
    if (acting != null) {
      acting.nobody();
    }
  }

  private static String word() {
    StringBuilder word = new StringBuilder("zqxss");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static PostForm form(String title, String summary, String body, String tags) {
    return new PostForm(
        title, summary, body, true, Set.of(), Set.of(), false, false, null, null, tags, true);
  }

  /** In the container: stores every payload in every field, and writes down where. */
  @Test
  @Order(1)
  void storeEveryPayloadInEveryField() throws IOException {
    String marker = word();
    List<String> titles = XssPayloads.chunks(Post.TITLE - marker.length() - 1, " ");
    List<String> summaries = XssPayloads.chunks(500, " ");
    List<String> texts = XssPayloads.chunks(2_000, "\n");
    List<String> reasons = XssPayloads.chunks(500, " ");
    List<String> jobTitles = XssPayloads.chunks(150, " ");
    String body = String.join("\n", XssPayloads.ALL);

    // tags: the tag rules refuse every payload, and nothing is saved
    acting.as("trust.admin");
    String refusedMarker = word();
    for (String payload : XssPayloads.ALL) {
      assertThrows(
          BusinessException.class,
          () -> news.publish(form(refusedMarker + " tag", "s", "<p>b</p>", "news, " + payload)),
          payload);
    }
    assertTrue(
        news.search(
                refusedMarker, new org.trustintranet.kernel.domain.PageRequest(0, 10, null, false))
            .rows()
            .isEmpty(),
        "no post with a refused tag was saved");

    // posts: title, summary and body
    List<Long> posts = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      posts.add(
          news.publish(
              form(
                  marker + " " + titles.get(i),
                  summaries.get(i % summaries.size()),
                  body,
                  "safety")));
    }

    // readers with payload job titles comment; the trust admin hides some with payload reasons
    long oakfield = acting.school(OAKFIELD);
    int people = Math.max(jobTitles.size(), reasons.size() + texts.size());
    List<Long> hidden = new ArrayList<>();
    for (int k = 0; k < people; k++) {
      acting.as("trust.admin");
      long person =
          schoolStaff.addPerson(
              new PersonForm(uniqueEmail("xss"), "Xss", "Reader " + k, null),
              oakfield,
              SchoolRole.STAFF);
      acting.as(person);
      account.changeMyJobTitle(jobTitles.get(k % jobTitles.size()));
      long post = posts.get(k % posts.size());
      String text =
          k < reasons.size()
              ? texts.get(k % texts.size())
              : texts.get((k - reasons.size()) % texts.size());
      long comment = comments.comment(post, text);
      if (k < reasons.size()) {
        hidden.add(comment);
      }
    }
    acting.as("trust.admin");
    for (int k = 0; k < hidden.size(); k++) {
      comments.hideComment(hidden.get(k), reasons.get(k));
    }

    // the last reader's personal feed
    String token = feeds.createMyFeedToken();

    Properties handoff = new Properties();
    handoff.setProperty("marker", marker);
    handoff.setProperty("token", token);
    handoff.setProperty("posts", String.join(",", posts.stream().map(String::valueOf).toList()));
    try (Writer out = Files.newBufferedWriter(HANDOFF, StandardCharsets.UTF_8)) {
      handoff.store(out, "NewsXssIT");
    }
  }

  /** The longest title, as a local constant (the domain class is not in the client's way). */
  private static final class Post {
    static final int TITLE = org.trustintranet.news.domain.Post.TITLE_LENGTH;
  }

  /** From outside: fetches every page and feed that shows the payloads and parses it. */
  @Test
  @Order(2)
  @RunAsClient
  void noPageOrFeedShowsAnyPayloadLive() throws Exception {
    // the checks see every payload that is markup when it is live (the rest only live in an
    // attribute or as an expression)
    for (String payload : XssPayloads.ALL) {
      boolean markup =
          !payload.startsWith("\" on")
              && !payload.startsWith("$")
              && !payload.startsWith("#")
              && !payload.endsWith("onerror=alert(136)");
      if (markup) {
        assertThrows(
            AssertionError.class,
            () -> assertNothingLive("raw", Jsoup.parse(payload)),
            "the check sees it live: " + payload);
      }
    }
    assertTrue(Files.isReadable(HANDOFF), "the in-container step wrote " + HANDOFF);
    Properties handoff = new Properties();
    try (Reader in = Files.newBufferedReader(HANDOFF, StandardCharsets.UTF_8)) {
      handoff.load(in);
    }
    String marker = handoff.getProperty("marker");
    List<Long> posts =
        java.util.Arrays.stream(handoff.getProperty("posts").split(","))
            .map(Long::valueOf)
            .toList();

    IntranetClient reader = IntranetClient.signedIn(base, "staff");
    IntranetClient editor = IntranetClient.signedIn(base, "trust.admin");
    StringBuilder shown = new StringBuilder();

    // the home feed, and the search page for the posts' marker
    Document home = page(reader, "index.xhtml");
    shown.append(home.text());
    Document found = page(reader, "news/search.xhtml?q=" + marker);
    shown.append(found.text());
    assertTrue(found.text().contains(marker + " "), "the posts are found, titles as text");

    // each post's page (reader) and edit page (editor)
    for (long post : posts) {
      Document page = page(reader, "news/post.xhtml?id=" + post);
      shown.append(page.text());
      Document edit = page(editor, "news/edit.xhtml?id=" + post);
      assertTrue(
          edit.getElementById("edit:title").attr("value").startsWith(marker + " "),
          "the title sits whole in its box");
    }
    String text = shown.toString();
    for (String payload : XssPayloads.ALL) {
      assertTrue(
          text.contains(payload), "shown as text somewhere (title, job title, reason): " + payload);
    }

    // each payload as a tag filter on the home feed and as a search
    for (String payload : XssPayloads.ALL) {
      String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8);
      page(reader, "index.xhtml?tag=" + encoded);
      if (payload.length() <= 100) {
        page(reader, "news/search.xhtml?q=" + encoded);
      }
    }

    // the public feed and the last commenter's personal feed
    HttpClient feedReader = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    for (String feed :
        new String[] {"feeds/trust.atom", "feeds/personal/" + handoff.getProperty("token")}) {
      HttpResponse<byte[]> answer =
          feedReader.send(
              HttpRequest.newBuilder(URI.create(loopback(base).resolve(feed).toString()))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, answer.statusCode(), feed);
      assertAtomSafe(feed, answer.body(), marker, posts.size());
    }
  }

  /** Fetches a page, parses it and checks it holds nothing live. */
  private Document page(IntranetClient client, String path) {
    HttpResponse<String> answer = client.get(path);
    assertEquals(200, answer.statusCode(), path);
    Document document = Jsoup.parse(answer.body());
    assertNothingLive(path, document);
    return document;
  }

  /** No element, attribute, address or evaluated expression of any payload in the document. */
  static void assertNothingLive(String where, Document document) {
    for (Element element : document.getAllElements()) {
      String what = where + ": " + element.outerHtml();
      if (element.tagName().equals("script")) {
        String code = element.data().toLowerCase(Locale.ROOT);
        assertFalse(
            code.contains("alert(") || element.attr("src").contains("evil.example"),
            "a payload's script: " + what);
      }
      if (element.tagName().equals("style")) {
        String css = element.data().toLowerCase(Locale.ROOT);
        assertFalse(css.contains("javascript:") || css.contains("alert("), "a style: " + what);
      }
      if (element.tagName().equals("meta")) {
        assertFalse(
            element.hasAttr("http-equiv") && element.attr("content").contains("url="), what);
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        assertFalse(name.startsWith("on"), "an event handler: " + what);
        if (name.equals("style")) {
          String style = value.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
          assertFalse(style.contains("url(") || style.contains("expression("), "a style: " + what);
        }
      }
      for (String name : URL_ATTRIBUTES) {
        if (element.hasAttr(name)) {
          String address =
              element.attr(name).toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
          assertFalse(
              address.startsWith("javascript:")
                  || address.startsWith("data:")
                  || address.startsWith("vbscript:")
                  || name.equals("srcdoc"),
              "a live address: " + what);
        }
      }
    }
    assertTrue(document.select("iframe, frame, object, embed, base, math").isEmpty(), where);
    assertTrue(
        document.select("svg script, svg a, svg [onload], form[action^=javascript]").isEmpty(),
        where);
    String shown = document.text();
    for (String result : XssPayloads.EVALUATED) {
      assertFalse(shown.contains(result), "an expression was evaluated (" + result + "): " + where);
    }
  }

  /**
   * Every entry's title and summary are text (no child elements); its html content, parsed, holds
   * nothing live; the whole document, as HTML, neither.
   */
  private static void assertAtomSafe(String where, byte[] xml, String marker, int posts)
      throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    int ours = 0;
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
      for (String name : new String[] {"title", "summary", "content", "name"}) {
        NodeList found = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        for (int j = 0; j < found.getLength(); j++) {
          org.w3c.dom.Element field = (org.w3c.dom.Element) found.item(j);
          NodeList children = field.getChildNodes();
          for (int c = 0; c < children.getLength(); c++) {
            assertTrue(
                children.item(c).getNodeType() == Node.TEXT_NODE
                    || children.item(c).getNodeType() == Node.CDATA_SECTION_NODE,
                where + ": " + name + " holds only text");
          }
          for (String result : XssPayloads.EVALUATED) {
            assertFalse(field.getTextContent().contains(result), where + ": evaluated " + result);
          }
          String type = field.getAttribute("type");
          if (type.equals("html")) {
            assertNothingLive(where + " content", Jsoup.parse(field.getTextContent()));
          } else {
            assertFalse(type.equals("xhtml"), where + ": no xhtml content");
          }
        }
      }
      NodeList titles = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
      if (titles.getLength() > 0 && titles.item(0).getTextContent().startsWith(marker + " ")) {
        ours++;
      }
    }
    assertEquals(posts, ours, where + ": every post of the test is in the feed");
  }
}
