package org.trustintranet.web.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.trustintranet.news.application.AtomEntryView;
import org.trustintranet.news.application.AtomFeedView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomWriterTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00.123456Z");

  static final AtomWriter.Heading HEADING =
      new AtomWriter.Heading(
          "intranet.example.org",
          "Oak Trust: my news",
          "en-GB",
          "Oak Trust",
          "https://intranet.example.org/",
          null,
          "https://intranet.example.org/news/post.xhtml?id=");

  /** Payloads that must reach a feed reader as text, never as markup of the feed. */
  static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "<svg onload=alert(1)>",
          "]]><script>alert(1)</script>",
          "<![CDATA[<script>alert(1)</script>]]>",
          "&lt;script&gt;alert(1)&lt;/script&gt;",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<!-- --><script>alert(1)</script>",
          "<?xml-stylesheet href=\"evil.xsl\"?>",
          "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
          "#{facesContext.externalContext}",
          "</title><entry><id>x</id></entry>");

  static AtomEntryView entry(long id, String title, String summary, String body) {
    return new AtomEntryView(id, title, summary, body, "Jo Jones", T0, T0.plusSeconds(60));
  }

  static byte[] write(AtomWriter.Heading heading, AtomFeedView feed) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomWriter.write(heading, feed, out);
    return out.toByteArray();
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  @Test
  void aFeedWithEntriesIsValidAtom() throws Exception {
    AtomFeedView feed =
        new AtomFeedView(
            "person-7",
            T0.plusSeconds(60),
            List.of(
                entry(12, "Learning Together", "How our schools learn", "<p>Body <b>bold</b></p>"),
                entry(11, "No summary", null, "<p>x</p>")));
    byte[] xml = write(HEADING, feed);
    assertEquals(List.of(), AtomSchema.errors(xml), new String(xml, StandardCharsets.UTF_8));
    Document doc = parse(xml);
    NodeList ids = doc.getElementsByTagNameNS(AtomWriter.ATOM, "id");
    assertEquals("tag:intranet.example.org,2026:feed/person-7", ids.item(0).getTextContent());
    assertEquals("tag:intranet.example.org,2026:post/12", ids.item(1).getTextContent());
    Element link = (Element) doc.getElementsByTagNameNS(AtomWriter.ATOM, "link").item(1);
    assertEquals("https://intranet.example.org/news/post.xhtml?id=12", link.getAttribute("href"));
    assertEquals(
        "2026-11-23T09:01:00Z",
        doc.getElementsByTagNameNS(AtomWriter.ATOM, "updated").item(1).getTextContent());
    Element content = (Element) doc.getElementsByTagNameNS(AtomWriter.ATOM, "content").item(0);
    assertEquals("html", content.getAttribute("type"));
    assertEquals("<p>Body <b>bold</b></p>", content.getTextContent());
    assertEquals(1, doc.getElementsByTagNameNS(AtomWriter.ATOM, "summary").getLength());
  }

  @Test
  void anEmptyPublicFeedWithASelfLinkIsValidAtom() throws Exception {
    AtomWriter.Heading publicHeading =
        new AtomWriter.Heading(
            "intranet.example.org",
            "Oak Trust: public news",
            "cy",
            "Oak Trust",
            "https://intranet.example.org/",
            "https://intranet.example.org/feeds/trust.atom",
            "https://intranet.example.org/news/post.xhtml?id=");
    byte[] xml = write(publicHeading, new AtomFeedView("public", T0, List.of()));
    assertEquals(List.of(), AtomSchema.errors(xml));
  }

  @Test
  void theSchemaRefusesDocumentsThatAreNotAtom() throws Exception {
    String noId =
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>"
            + "<updated>2026-11-23T09:00:00Z</updated></feed>";
    String badDate =
        "<feed xmlns='http://www.w3.org/2005/Atom'><id>x</id><title>t</title>"
            + "<updated>23/11/2026</updated></feed>";
    String entryWithoutTitle =
        "<feed xmlns='http://www.w3.org/2005/Atom'><id>x</id><title>t</title>"
            + "<updated>2026-11-23T09:00:00Z</updated><entry><id>e</id>"
            + "<updated>2026-11-23T09:00:00Z</updated></entry></feed>";
    String scriptElement =
        "<feed xmlns='http://www.w3.org/2005/Atom'><id>x</id><title>t<script/></title>"
            + "<updated>2026-11-23T09:00:00Z</updated></feed>";
    for (String bad : List.of(noId, badDate, entryWithoutTitle, scriptElement, "<rss/>")) {
      assertFalse(AtomSchema.errors(bad.getBytes(StandardCharsets.UTF_8)).isEmpty(), bad);
    }
  }

  @Test
  void payloadsInEveryTextComeOutAsTextNeverAsMarkup() throws Exception {
    List<AtomEntryView> entries = new ArrayList<>();
    long id = 1;
    for (String payload : PAYLOADS) {
      entries.add(
          new AtomEntryView(id++, payload, payload, payload, payload, T0, T0.plusSeconds(1)));
    }
    AtomWriter.Heading heading =
        new AtomWriter.Heading(
            "intranet.example.org",
            "<script>alert('title')</script>",
            "en-GB",
            "<b>Trust</b>",
            "https://intranet.example.org/",
            null,
            "https://intranet.example.org/news/post.xhtml?id=");
    byte[] xml = write(heading, new AtomFeedView("public", T0, entries));
    String text = new String(xml, StandardCharsets.UTF_8);
    assertEquals(List.of(), AtomSchema.errors(xml), text);
    assertFalse(text.contains("<script"), text);
    assertFalse(text.contains("<svg"), text);
    assertFalse(text.contains("<img"), text);
    assertFalse(text.contains("<!DOCTYPE"), text);
    assertFalse(text.contains("<![CDATA["), text);
    Document doc = parse(xml);
    Set<String> atomElements =
        Set.of(
            "feed",
            "id",
            "title",
            "updated",
            "published",
            "link",
            "author",
            "name",
            "summary",
            "content",
            "entry");
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      assertEquals(AtomWriter.ATOM, element.getNamespaceURI());
      assertTrue(atomElements.contains(element.getLocalName()), element.getLocalName());
    }
    NodeList entryNodes = doc.getElementsByTagNameNS(AtomWriter.ATOM, "entry");
    assertEquals(PAYLOADS.size(), entryNodes.getLength());
    for (int i = 0; i < entryNodes.getLength(); i++) {
      Element entry = (Element) entryNodes.item(i);
      String payload = PAYLOADS.get(i);
      for (String field : List.of("title", "summary", "content", "name")) {
        assertEquals(
            payload,
            entry.getElementsByTagNameNS(AtomWriter.ATOM, field).item(0).getTextContent(),
            field + " keeps the payload as text");
      }
    }
  }

  @Test
  void charactersXmlCannotCarryAreDroppedSoTheFeedStaysReadable() throws Exception {
    String title = "Bell\u0007 rings\u0000 now \uD83D\uDD14 \uD800";
    byte[] xml =
        write(
            HEADING,
            new AtomFeedView("public", T0, List.of(entry(1, title, null, "<p>\u001b</p>"))));
    assertEquals(List.of(), AtomSchema.errors(xml));
    Document doc = parse(xml);
    assertEquals(
        "Bell rings now \uD83D\uDD14 ",
        doc.getElementsByTagNameNS(AtomWriter.ATOM, "title").item(1).getTextContent());
  }
}
