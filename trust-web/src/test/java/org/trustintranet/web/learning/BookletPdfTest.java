package org.trustintranet.web.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.trustintranet.networks.application.ProgrammeView;
import org.trustintranet.networks.application.SlotView;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.ProgrammeState;
import org.trustintranet.networks.domain.SessionKind;
import org.trustintranet.networks.domain.Term;

/** The booklet's PDF, read back as text: cover, contents, each entry; pages that hold them. */
class BookletPdfTest {
  private static final Term AUTUMN = new Term(2026, Term.Season.AUTUMN);

  private static BookletPdf.Words words(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("org.trustintranet.web.messages", locale);
    return new BookletPdf.Words() {
      @Override
      public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0
            ? pattern
            : new MessageFormat(pattern, locale).format(arguments);
      }

      @Override
      public Locale locale() {
        return locale;
      }
    };
  }

  private static ProgrammeView programme(long id, String title, CareerStage stage, int cost) {
    return new ProgrammeView(
        id,
        title,
        stage,
        "A programme about " + title + ".\n\nIt has a second paragraph. ".repeat(3),
        1,
        "Oakfield Primary School",
        AUTUMN,
        20,
        3,
        cost,
        ProgrammeState.PUBLISHED,
        List.of(
            new SlotView(
                1,
                SessionKind.SESSION,
                LocalDate.of(2026, 10, 6),
                LocalTime.of(16, 0),
                LocalTime.of(17, 30),
                "Oakfield hall",
                null),
            new SlotView(
                2,
                SessionKind.VISIT,
                LocalDate.of(2026, 11, 3),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                null,
                "https://meet.example.org/x")),
        null);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static byte[] write(Locale locale, List<ProgrammeView> programmes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BookletPdf(words(locale))
        .write("Oak Valley Learning Trust", "Autumn 2026", "All career stages", programmes, out);
    return out.toByteArray();
  }

  @Test
  void theCoverContentsAndEveryEntryReadBack() throws Exception {
    byte[] pdf =
        write(
            Locale.UK,
            List.of(
                programme(1, "Behaviour and routines", CareerStage.EARLY_CAREER_TEACHER, 0),
                programme(2, "Leading a subject", CareerStage.MIDDLE_LEADER, 7500)));
    String text = text(pdf);
    assertTrue(text.contains("Oak Valley Learning Trust"), text);
    assertTrue(text.contains("Professional learning programmes, Autumn 2026"), text);
    assertTrue(text.contains("Contents"), text);
    assertTrue(text.contains("Behaviour and routines"), text);
    assertTrue(text.contains("Leading a subject"), text);
    assertTrue(text.contains("Middle leaders"), text);
    assertTrue(text.contains("by Oakfield Primary School"), text);
    assertTrue(text.contains("Tuesday 6 October 2026, 16:00–17:30 — Oakfield hall"), text);
    assertTrue(text.contains("School visit: Tuesday 3 November 2026, 09:00–12:00 — Online"), text);
    assertTrue(text.contains("Cost: £75.00"), text);
    assertTrue(text.contains("Cost: Free"), text);
    assertTrue(text.contains("20 places"), text);
    assertTrue(text.contains("Page 2 of"), text);
  }

  @Test
  void manyProgrammesRunOverPagesAndTheContentsNameTheirPages() throws Exception {
    List<ProgrammeView> many = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      many.add(programme(i, "Programme number " + i, CareerStage.MENTOR, 0));
    }
    byte[] pdf = write(Locale.UK, many);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() > 20, "pages: " + doc.getNumberOfPages());
      PDFTextStripper contents = new PDFTextStripper();
      contents.setStartPage(2);
      contents.setEndPage(3);
      String list = contents.getText(doc);
      assertTrue(list.contains("Programme number 60"), list);
      int marks = 0;
      for (var ignored : doc.getDocumentCatalog().getDocumentOutline().children()) {
        marks++;
      }
      assertEquals(60, marks, "one bookmark per programme");
    }
  }

  @Test
  void welshLettersTheFontLacksLoseOnlyTheirAccent() throws Exception {
    PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    assertEquals("Siân ar yr wyl", BookletPdf.safe("Siân ar yr ŵyl", helvetica));
    byte[] pdf =
        write(
            Locale.forLanguageTag("cy"),
            List.of(programme(1, "Dysgu yn yr ŵyl", CareerStage.HEADTEACHER, 0)));
    String text = text(pdf);
    assertTrue(text.contains("Dysgu yn yr wyl"), text);
    assertTrue(text.contains("Cynnwys"), text);
    assertTrue(text.contains("Penaethiaid"), text);
  }

  @Test
  void anEmptyBookletSaysSo() throws Exception {
    String text = text(write(Locale.UK, List.of()));
    assertTrue(text.contains("No programmes are published"), text);
  }
}
