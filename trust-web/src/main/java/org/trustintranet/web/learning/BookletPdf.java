package org.trustintranet.web.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.trustintranet.networks.application.ProgrammeView;
import org.trustintranet.networks.application.SlotView;
import org.trustintranet.networks.domain.SessionKind;

/**
 * The termly booklet as an A4 PDF (PDFBox): a cover with the trust's name, the term and the career
 * stage; a contents list with each programme's page; then one entry per programme: its title, stage
 * and provider school, description, sessions and school visits, places and cost. Each page after
 * the cover is numbered in its footer, and each programme is a bookmark. Set in Helvetica (no font
 * file to ship): a letter it lacks is written without its accent (ŵ as w), never dropped.
 */
final class BookletPdf {
  /** The words of the booklet, in the reader's language. */
  interface Words {
    String text(String key, Object... arguments);

    Locale locale();
  }

  private static final float MARGIN = 56;
  private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 24;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final int CONTENTS_LINES = 40;
  private static final float[] INK = {0.12f, 0.14f, 0.2f};
  private static final float[] MUTED = {0.35f, 0.38f, 0.45f};
  private static final float[] ACCENT = {0.05f, 0.33f, 0.55f};

  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  private final Words words;
  private final DateTimeFormatter day;
  private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

  private PDDocument doc;
  private PDPageContentStream out;
  private float y;

  BookletPdf(Words words) {
    this.words = words;
    this.day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", words.locale());
  }

  /**
   * Writes the booklet of {@code programmes} to {@code target}.
   *
   * @param trustName the trust's name, for the cover
   * @param termLabel the term, as the reader says it ("Autumn 2026")
   * @param stageLabel the career stage chosen, or the words for all stages
   */
  void write(
      String trustName,
      String termLabel,
      String stageLabel,
      List<ProgrammeView> programmes,
      OutputStream target)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      doc = document;
      String title = words.text("learning.booklet.title", termLabel);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(safe(title + " – " + trustName, regular));
      info.setAuthor(safe(trustName, regular));
      info.setSubject(safe(stageLabel, regular));
      cover(trustName, title, stageLabel, programmes.size());
      int contentsPages = Math.max(1, (programmes.size() + CONTENTS_LINES - 1) / CONTENTS_LINES);
      for (int i = 0; i < contentsPages; i++) {
        doc.addPage(new PDPage(PDRectangle.A4));
      }
      List<Integer> pageOf = new ArrayList<>();
      newPage();
      if (programmes.isEmpty()) {
        paragraph(words.text("learning.booklet.none"), regular, 11, 16, INK);
      }
      PDDocumentOutline outline = new PDDocumentOutline();
      doc.getDocumentCatalog().setDocumentOutline(outline);
      for (ProgrammeView p : programmes) {
        if (y < TOP - 1) {
          room(110);
          rule();
        }
        pageOf.add(doc.getNumberOfPages());
        PDOutlineItem mark = new PDOutlineItem();
        mark.setTitle(safe(p.title(), regular));
        PDPageFitWidthDestination to = new PDPageFitWidthDestination();
        to.setPage(doc.getPage(doc.getNumberOfPages() - 1));
        to.setTop((int) y);
        mark.setDestination(to);
        outline.addLast(mark);
        entry(p);
      }
      out.close();
      contents(programmes, pageOf, contentsPages);
      footers(trustName, title);
      doc.save(target);
    } finally {
      doc = null;
      out = null;
    }
  }

  private void cover(String trustName, String title, String stageLabel, int count)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
      c.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
      c.addRect(0, PDRectangle.A4.getHeight() - 250, PDRectangle.A4.getWidth(), 250);
      c.fill();
      out = c;
      y = PDRectangle.A4.getHeight() - 120;
      paragraph(trustName, bold, 30, 36, new float[] {1, 1, 1});
      y -= 6;
      paragraph(words.text("learning.booklet.subtitle"), regular, 15, 20, new float[] {1, 1, 1});
      y = PDRectangle.A4.getHeight() - 320;
      paragraph(title, bold, 24, 30, INK);
      y -= 8;
      paragraph(stageLabel, regular, 14, 20, MUTED);
      paragraph(words.text("learning.booklet.count", count), regular, 14, 20, MUTED);
    }
    out = null;
  }

  private void entry(ProgrammeView p) throws IOException {
    paragraph(p.title(), bold, 16, 20, ACCENT);
    paragraph(
        words.text("learning.stage." + p.stage().name())
            + "  ·  "
            + words.text("learning.booklet.provider", p.providerName()),
        regular,
        10,
        14,
        MUTED);
    y -= 6;
    for (String part : p.description().split("\\R\\s*\\R")) {
      if (!part.isBlank()) {
        paragraph(part.replaceAll("\\s+", " "), regular, 10.5f, 15, INK);
        y -= 4;
      }
    }
    room(30);
    paragraph(words.text("learning.booklet.sessions"), bold, 11, 16, INK);
    if (p.sessions().isEmpty()) {
      paragraph(words.text("learning.programme.sessions.none"), italic, 10, 14, MUTED);
    }
    for (SlotView s : p.sessions()) {
      String where = s.place() != null ? s.place() : words.text("learning.session.online");
      String when =
          day.format(s.day()) + ", " + time.format(s.start()) + "–" + time.format(s.end());
      String kind =
          s.kind() == SessionKind.VISIT ? words.text("learning.session.kind.VISIT") + ": " : "";
      paragraph("•  " + kind + when + " — " + where, regular, 10, 14, INK);
    }
    y -= 4;
    String cost =
        p.costPence() == 0
            ? words.text("learning.cost.free")
            : words.text("learning.cost.amount", pounds(p.costPence()));
    paragraph(
        words.text("learning.booklet.places", p.places())
            + "  ·  "
            + words.text("learning.booklet.cost", cost),
        bold,
        10,
        14,
        INK);
    y -= 12;
  }

  /** "75.00" for 7500 pence. */
  static String pounds(int pence) {
    return String.format(Locale.ROOT, "%d.%02d", pence / 100, pence % 100);
  }

  private void contents(List<ProgrammeView> programmes, List<Integer> pageOf, int pages)
      throws IOException {
    for (int page = 0; page < pages; page++) {
      try (PDPageContentStream c = new PDPageContentStream(doc, doc.getPage(1 + page))) {
        out = c;
        y = TOP;
        if (page == 0) {
          paragraph(words.text("learning.booklet.contents"), bold, 20, 28, INK);
          y -= 8;
        }
        int last = Math.min(programmes.size(), (page + 1) * CONTENTS_LINES);
        for (int i = page * CONTENTS_LINES; i < last; i++) {
          ProgrammeView p = programmes.get(i);
          String number = String.valueOf(pageOf.get(i));
          String line =
              fit(p.title(), regular, 11, WIDTH - 40)
                  + "  ("
                  + words.text("learning.stage." + p.stage().name())
                  + ")";
          text(fit(line, regular, 11, WIDTH - 40), regular, 11, MARGIN, y, INK);
          text(number, regular, 11, MARGIN + WIDTH - width(number, regular, 11), y, INK);
          y -= 16;
        }
      }
    }
    out = null;
  }

  private void footers(String trustName, String title) throws IOException {
    int total = doc.getNumberOfPages();
    for (int i = 1; i < total; i++) {
      try (PDPageContentStream c =
          new PDPageContentStream(
              doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
        out = c;
        String left = fit(trustName + "  ·  " + title, regular, 8.5f, WIDTH - 60);
        String right = words.text("learning.booklet.page", i + 1, total);
        text(left, regular, 8.5f, MARGIN, MARGIN, MUTED);
        text(right, regular, 8.5f, MARGIN + WIDTH - width(right, regular, 8.5f), MARGIN, MUTED);
      }
    }
    out = null;
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = TOP;
  }

  /** A new page unless {@code height} points are left on this one. */
  private void room(float height) throws IOException {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  private void rule() throws IOException {
    out.setStrokingColor(0.8f, 0.82f, 0.86f);
    out.setLineWidth(0.6f);
    out.moveTo(MARGIN, y + 4);
    out.lineTo(MARGIN + WIDTH, y + 4);
    out.stroke();
    y -= 14;
  }

  /** {@code text} wrapped to the width, a line at a time, onto new pages as needed. */
  private void paragraph(String text, PDFont font, float size, float leading, float[] colour)
      throws IOException {
    String clean = safe(text == null ? "" : text, font);
    StringBuilder line = new StringBuilder();
    for (String word : clean.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(tried, font, size) > WIDTH) {
        line(line.toString(), font, size, leading, colour);
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(tried);
      }
      while (width(line.toString(), font, size) > WIDTH && line.length() > 1) {
        String cut = fit(line.toString(), font, size, WIDTH);
        line(cut, font, size, leading, colour);
        line = new StringBuilder(line.substring(cut.length()));
      }
    }
    line(line.toString(), font, size, leading, colour);
  }

  private void line(String text, PDFont font, float size, float leading, float[] colour)
      throws IOException {
    if (doc.getNumberOfPages() > 1) {
      room(leading);
    }
    y -= leading;
    text(text, font, size, MARGIN, y, colour);
  }

  private void text(String text, PDFont font, float size, float x, float at, float[] colour)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.setNonStrokingColor(colour[0], colour[1], colour[2]);
    out.newLineAtOffset(x, at);
    out.showText(safe(text, font));
    out.endText();
  }

  /** The longest start of {@code text} that fits {@code room}. */
  private String fit(String text, PDFont font, float size, float room) throws IOException {
    String clean = safe(text, font);
    if (width(clean, font, size) <= room) {
      return clean;
    }
    int end = clean.length();
    while (end > 1 && width(clean.substring(0, end) + "…", font, size) > room) {
      end--;
    }
    return clean.substring(0, end) + "…";
  }

  private static float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** The text with each character the font cannot write replaced by its unaccented letter or ?. */
  static String safe(String text, PDFont font) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
      if (encodes(font, ch)) {
        b.append(ch);
        continue;
      }
      String bare = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      b.append(!bare.isEmpty() && encodes(font, bare) ? bare : "?");
    }
    return b.toString();
  }

  private static boolean encodes(PDFont font, String ch) {
    try {
      font.encode(ch);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
