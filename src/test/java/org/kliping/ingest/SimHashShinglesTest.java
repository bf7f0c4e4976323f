package org.kliping.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shingle hashes are stored (sketches) and compared with those of later imports, so the char-array hashing
 * must give exactly the hashes of the word-string version it replaced.
 */
class SimHashShinglesTest {

    /** The former implementation over word strings, kept as the reference. */
    private static long[] reference(String text) {
        String[] words = SimHash.words(text).toArray(new String[0]);
        if (words.length == 0) return new long[0];
        int count = Math.max(1, words.length - SimHash.SHINGLE_WORDS + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < Math.min(words.length, i + SimHash.SHINGLE_WORDS); w++) {
                for (int c = 0; c < words[w].length(); c++) h = (h ^ words[w].charAt(c)) * 0x100000001b3L;
                h = (h ^ ' ') * 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            hashes[i] = h ^ (h >>> 33);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    /**
     * Hashes of the implementation that made the sketches stored so far (computed with it, before the
     * interleaved hashing): archives depend on these staying bit for bit.
     */
    @Test
    void hashesAreTheOnesStoredArchivesWereMadeWith() throws IOException {
        assertThat(SimHash.shingleHashes("Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah, Senin (12/8).")).containsExactly(
                -8737706161558211844L, -7815858092650546480L, -3497583310295562210L, -3276420586257928807L,
                -1496844371638079441L, -727399094241064935L, -273713838042850764L, 450453648351743912L, 8501988028234564750L);
        assertThat(SimHash.shingleHashes("Café naïve — “Kutipan” İstanbul ŞİŞLİ ２０２４ ﬁnal")).containsExactly(
                -8546091197849156908L, -7669031004426583576L, 5415131251073934755L);
        assertThat(SimHash.shingleHashes("Tiga kata saja")).containsExactly(-3419046583353156748L);
        long checksum = 0;
        int count = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("seeds"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            for (long h : SimHash.shingleHashes(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))) {
                checksum = checksum * 31 + h;
                count++;
            }
        }
        assertThat(files).hasSize(5);
        assertThat(count).isEqualTo(1766);
        assertThat(checksum).isEqualTo(4980994835019524994L);
    }

    @Test
    void sameHashesOnTrickyText() {
        List<String> samples = List.of("", " ", "--", "satu", "satu dua tiga empat", "satu dua tiga empat lima",
                "Kim Jong-un, berkata. Kim Jong-un, berkata lagi.", "Café naïve Ḱ Ǆemal ΣΟΦΟΣ σοφός İstanbul ŞİŞLİ",
                "ﬁnal ２０２４ Ⅻ ½ ① x²", "日本語テキスト 한국어 عربي हिन्दी", "\uD835\uDC00\uD835\uDFCE bold math",
                "e\u0301\u20DD a\u0903b", "lone \uD800 surrogate \uDC00 x", "A\u0308B");
        for (String s : samples) {
            assertThat(SimHash.shingleHashes(s)).as(s).isEqualTo(reference(s));
        }
    }

    @Test
    void sameHashesOnSeedsAndRandomText() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("seeds"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertThat(SimHash.shingleHashes(text)).as(file.toString()).isEqualTo(reference(text));
        }
        String[] pieces = {"Moskow", "–", "pasukan", "Rusia", "14.000", "é", "\u0301", " ", "\n", "Ⅻ", "(*/S-01)", "İ",
                "“Kata”", "‘kita’", "—", "…", "\u00A0", "«x»", "25°C", "non\u2011stop", "½", "\u00AD", "ß", "Ÿ", "µ", "ª"};
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]).append(' ');
            assertThat(SimHash.shingleHashes(text.toString())).as(text.toString()).isEqualTo(reference(text.toString()));
        }
    }

    /** The one-pass hashing of plain text against the reference, over every character it handles and some it hands on. */
    @Test
    void sameHashesForEveryCharacterOfTheOnePass() {
        StringBuilder alphabet = new StringBuilder("e\u0301\u0338\u1680\u3000\uFF21\uD835\uDC00\u0130");
        for (char c = 0; c < 0x2070; c++) {
            if (c < 0x100 || c >= 0x2000) alphabet.append(c);
        }
        Random random = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(random.nextInt(3) == 0 ? " " : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(SimHash.shingleHashes(text.toString())).as(text.toString()).isEqualTo(reference(text.toString()));
        }
    }
}
