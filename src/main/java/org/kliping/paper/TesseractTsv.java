package org.kliping.paper;

import java.util.ArrayList;
import java.util.List;

/** Tesseract's TSV output: one row per layout unit; level 5 rows are words. */
final class TesseractTsv {
    private static final int WORD_LEVEL = 5;

    private TesseractTsv() {
    }

    static List<OcrWord> parse(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].strip().equals(String.valueOf(WORD_LEVEL))) continue;
            String text = f[11].strip();
            if (text.isEmpty()) continue;
            int block = Integer.parseInt(f[2]);
            int paragraph = Integer.parseInt(f[3]);
            int line = Integer.parseInt(f[4]);
            words.add(new OcrWord(block, paragraph, line, Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                    Integer.parseInt(f[8]), Integer.parseInt(f[9]), Float.parseFloat(f[10]), text));
        }
        return words;
    }
}
