package org.kliping.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ParagraphSplitter#split} finds blocks and lines in one pass; the regular expressions it replaced are
 * kept here as the definition, and both must give the same paragraphs, since stored articles were split by them.
 */
class ParagraphSplitterTest {

    @Test
    void blankLinesEndParagraphsAndSingleBreaksEndLines() {
        assertThat(ParagraphSplitter.split("Satu.\n\nDua.\r\n\r\nTiga\u00A0 empat.\n"))
                .containsExactly("Satu.", "Dua.", "Tiga empat.");
        assertThat(ParagraphSplitter.split("Baris pertama.\nBaris kedua.")).containsExactly("Baris pertama.", "Baris kedua.");
        assertThat(ParagraphSplitter.split(" \n\t\n")).isEmpty();
        assertThat(ParagraphSplitter.split("")).isEmpty();
    }

    @Test
    void hardWrappedLinesOfOneBlockBecomeOneParagraph() {
        String wrapped = "Pemerintah telah memulai proses pembebasan warga di\n"
                + "Kampung Kimbaly dan Banti, Mimika, Papua yang disandera\n"
                + "orang-orang bersenjata.";
        assertThat(ParagraphSplitter.split(wrapped + "\n \t\n" + wrapped)).containsExactly(
                wrapped.replace('\n', ' '), wrapped.replace('\n', ' '));
    }

    /** A line of no-break spaces is dropped, but unlike a blank line it does not end the block. */
    @Test
    void aLineOfNoBreakSpacesDoesNotEndTheBlock() {
        String a = "Pemerintah telah memulai proses pembebasan warga di";
        String b = "Kampung Kimbaly dan Banti, Mimika, Papua yang disandera";
        assertThat(ParagraphSplitter.split(a + "\n\u00A0\n" + b)).containsExactly(a + " " + b);
        assertThat(ParagraphSplitter.split(a + "\n \n" + b)).containsExactly(a, b);
    }

    @Test
    void randomTextsSplitAsTheRegularExpressionsSplitThem() {
        Random random = new Random(20261207);
        String[] pieces = {"a", "kata", "Kalimat.", "akhir!", " ", "  ", "\t", "\n", "\n", "\n", "\r\n", "\r", "\u000B",
                "\f", "\u00A0", "\u2007", "\u200B", "\uFEFF", "\u2028", "\u0085", "é", "“kutipan”", ",", "(*/S-01)"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(6) == 0) {
                    text.append("x".repeat(1 + random.nextInt(60))); // lines of varied width, for the wrap rule
                } else {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            String t = text.toString();
            assertThat(ParagraphSplitter.split(t)).as("text %s", escaped(t)).isEqualTo(reference(t));
        }
    }

    @Test
    void realArticlesSplitAsTheRegularExpressionsSplitThem() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        // the 3,111 IndoSum articles the benchmark recombines (CC BY-SA 4.0, src/bench/data/README.md)
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(Path.of("src/bench/data/indosum-subset.jsonl.gz")));
             var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                texts.add(json.readTree(line).get("body").asText());
            }
        }
        assertThat(texts).hasSizeGreaterThan(3_000);
        for (String t : texts) assertThat(ParagraphSplitter.split(t)).isEqualTo(reference(t));
    }

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    /** The splitting before the one-pass loop. */
    private static List<String> reference(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINES.split(unified)) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                String clean = ParagraphSplitter.normaliseSpaces(line);
                if (!clean.isEmpty()) lines.add(clean);
            }
            if (ParagraphSplitter.isHardWrapped(lines)) {
                paragraphs.add(String.join(" ", lines));
            } else {
                paragraphs.addAll(lines);
            }
        }
        return paragraphs;
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        return out.toString();
    }
}
