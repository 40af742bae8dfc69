package org.trustintranet.resources.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Real small files for the demo library (a PDF, Word documents, slides, a spreadsheet), written
 * with PDFBox and Apache POI (both come with Tika), so that a newcomer can download, preview and
 * search inside them. A heading and lines of text each.
 */
final class DemoFiles {
  private DemoFiles() {}

  static byte[] pdf(String heading, List<String> lines) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
        text.newLineAtOffset(56, 780);
        text.showText(heading);
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        for (String line : lines) {
          text.newLineAtOffset(0, -22);
          text.showText(line);
        }
        text.endText();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] word(String heading, List<String> lines) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setStyle("Heading1");
      title.createRun().setText(heading);
      for (String line : lines) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] slides(String heading, List<String> lines) {
    try (XMLSlideShow show = new XMLSlideShow();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSLFSlide first = show.createSlide();
      XSLFTextBox title = first.createTextBox();
      title.setAnchor(new java.awt.Rectangle(50, 50, 600, 80));
      title.setText(heading);
      for (String line : lines) {
        XSLFSlide slide = show.createSlide();
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new java.awt.Rectangle(50, 100, 600, 300));
        box.setText(line);
      }
      show.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] spreadsheet(String heading, List<String> lines) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Sheet1");
      sheet.createRow(0).createCell(0).setCellValue(heading);
      for (int i = 0; i < lines.size(); i++) {
        var row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(lines.get(i));
        row.createCell(1).setCellValue(i + 1);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
