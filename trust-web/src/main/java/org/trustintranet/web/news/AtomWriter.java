package org.trustintranet.web.news;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.trustintranet.news.application.AtomEntryView;
import org.trustintranet.news.application.AtomFeedView;

/**
 * Writes an Atom 1.0 document (RFC 4287) with StAX, which escapes every text and attribute: a title
 * such as {@code <script>} reaches the reader as text. Each entry has a stable tag: URI id, its
 * title, updated and published times, its author, a link to the post's page, its summary as plain
 * text and its body as {@code type="html"} content (the body was sanitised when it was saved, and
 * is escaped once more here as the format asks, so a feed reader shows that same safe HTML).
 */
final class AtomWriter {
  static final String ATOM = "http://www.w3.org/2005/Atom";

  /** The date in every tag: URI id; never changed, or every id would change with it. */
  static final String TAG_DATE = "2026";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /** What the feed is called and where it and its posts live (all absolute URLs). */
  record Heading(
      String authority,
      String title,
      String language,
      String fallbackAuthor,
      String homeUrl,
      String selfUrl,
      String postUrlPrefix) {}

  private AtomWriter() {}

  static void write(Heading heading, AtomFeedView feed, OutputStream out)
      throws XMLStreamException {
    XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(ATOM);
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", heading.language());
    text(xml, "id", tag(heading, "feed/" + feed.key()));
    text(xml, "title", heading.title());
    text(xml, "updated", time(feed.updated()));
    link(xml, "alternate", heading.homeUrl(), "text/html");
    if (heading.selfUrl() != null) {
      link(xml, "self", heading.selfUrl(), "application/atom+xml");
    }
    xml.writeStartElement("author");
    text(xml, "name", heading.fallbackAuthor());
    xml.writeEndElement();
    for (AtomEntryView entry : feed.entries()) {
      entry(xml, heading, entry);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  private static void entry(XMLStreamWriter xml, Heading heading, AtomEntryView entry)
      throws XMLStreamException {
    xml.writeStartElement("entry");
    text(xml, "id", tag(heading, "post/" + entry.id()));
    text(xml, "title", entry.title());
    text(xml, "updated", time(entry.updated()));
    text(xml, "published", time(entry.published()));
    xml.writeStartElement("author");
    text(
        xml,
        "name",
        entry.authorName() == null || entry.authorName().isBlank()
            ? heading.fallbackAuthor()
            : entry.authorName());
    xml.writeEndElement();
    link(xml, "alternate", heading.postUrlPrefix() + entry.id(), "text/html");
    if (entry.summary() != null && !entry.summary().isBlank()) {
      typed(xml, "summary", "text", entry.summary());
    }
    typed(xml, "content", "html", entry.body());
    xml.writeEndElement();
  }

  /** A stable id: {@code tag:intranet.example.org,2026:post/12}. */
  static String tag(Heading heading, String specific) {
    return "tag:" + heading.authority() + "," + TAG_DATE + ":" + specific;
  }

  /** RFC 3339, in UTC, to the second. */
  static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static void text(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlChars(value));
    xml.writeEndElement();
  }

  /**
   * The text without the characters XML 1.0 cannot carry at all (control characters other than tab
   * and line breaks, lone surrogates), which would make the whole feed unreadable.
   */
  static String xmlChars(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder(value.length());
    value
        .codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static void typed(XMLStreamWriter xml, String name, String type, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeAttribute("type", type);
    xml.writeCharacters(xmlChars(value));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
