package com.studybot.adapter.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Extracts the text of a PDF page by page (PDFBox 3), each page in reading order, column by column. */
final class PdfText {
    private PdfText() {}

    static String extract(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            var words = new ArrayList<PdfLayout.Word>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!text.isBlank() && !positions.isEmpty()) {
                        words.add(word(text.strip(), positions));
                    }
                }
            };
            var pages = new ArrayList<List<PdfLayout.Word>>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                words.clear();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                pages.add(List.copyOf(words));
            }
            List<Optional<String>> columns = PdfLayout.columns(pages);
            var lineByLine = new PDFTextStripper();
            lineByLine.setSortByPosition(true);
            lineByLine.setParagraphStart("\n");
            var sb = new StringBuilder();
            for (int page = 1; page <= pages.size(); page++) {
                sb.append("\f\n");
                if (columns.get(page - 1).isPresent()) {
                    sb.append(columns.get(page - 1).get());
                } else {
                    lineByLine.setStartPage(page);
                    lineByLine.setEndPage(page);
                    sb.append(lineByLine.getText(doc));
                }
                sb.append("\n\n");
            }
            return sb.toString();
        }
    }

    private static PdfLayout.Word word(String text, List<TextPosition> positions) {
        float left = Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (TextPosition p : positions) {
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
            bottom = Math.max(bottom, p.getYDirAdj());
        }
        return new PdfLayout.Word(left, top, right, bottom, positions.get(0).getFontSizeInPt(), text);
    }
}
