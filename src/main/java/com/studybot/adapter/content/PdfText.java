package com.studybot.adapter.content;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Extracts the text of a PDF page by page (PDFBox 3), in reading order by position. */
final class PdfText {
    private PdfText() {}

    static String extract(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            var sb = new StringBuilder();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                sb.append(stripper.getText(doc)).append("\n\n");
            }
            return sb.toString();
        }
    }
}
