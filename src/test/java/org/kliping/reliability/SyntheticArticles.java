package org.kliping.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A large JSONL file of distinct, seeded, Indonesian-looking articles. Each line carries its id
 * ({@code art-N}) and a marker word ({@code penandaN}) in its body, so a test can tell which article a
 * stored row came from and whether all of it arrived.
 */
final class SyntheticArticles {

    private static final String[] WORDS = {"pemerintah", "menteri", "rakyat", "kebijakan", "ekonomi", "daerah",
            "pembangunan", "masyarakat", "presiden", "anggaran", "wilayah", "keamanan", "pendidikan", "kesehatan",
            "perdagangan", "nelayan", "petani", "harga", "beras", "banjir", "jalan", "desa", "kota", "pasar",
            "sekolah", "rumah", "sakit", "warga", "polisi", "tentara", "hukum", "pengadilan", "partai", "pemilu"};
    private static final String[] SOURCES = {"Kompas", "Tempo", "Antara", "Republika", "Detik"};

    private SyntheticArticles() {
    }

    /** Writes {@code count} articles; returns their exact line bytes (without newline) by external id. */
    static Map<String, String> writeJsonl(Path file, int count, int paragraphs, long seed) {
        Random random = new Random(seed);
        Map<String, String> lines = new LinkedHashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String id = "art-" + i;
                String line = "{\"id\":\"" + id + "\",\"title\":\"Berita nomor " + i + " tentang " + word(random)
                        + "\",\"source\":\"" + SOURCES[i % SOURCES.length] + "\",\"date\":\"20"
                        + (10 + i % 15) + "-0" + (1 + i % 9) + "-1" + (i % 9) + "\",\"body\":\""
                        + body(random, i, paragraphs) + "\"}";
                lines.put(id, line);
                w.write(line);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return lines;
    }

    static String marker(String externalId) {
        return "penanda" + externalId.substring("art-".length());
    }

    private static String body(Random random, int i, int paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) sb.append("\\n\\n");
            int words = 30 + random.nextInt(40);
            for (int k = 0; k < words; k++) {
                if (k > 0) sb.append(' ');
                sb.append(k == 3 && p == 0 ? "penanda" + i : word(random));
            }
            sb.append('.');
        }
        return sb.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
