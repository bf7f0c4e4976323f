package org.kliping.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Mangled and random input never escapes as an exception: every file ends as articles or rejections. */
class HostileInputTest {
    private static final List<String> EXTENSIONS = List.of("txt", "html", "md", "json", "jsonl", "zip");

    @TempDir
    Path dir;

    @Test
    void mutatedSeedsAndRandomBytesAlwaysYieldOutcomes() throws IOException {
        Random random = new Random(20250428L);
        ArticleReaders readers = new ArticleReaders(ImportLimits.defaults().withMaxArticleBytes(64 * 1024));
        List<byte[]> bases = List.of(SeedArticlesTest.bytes("001_e68d0cf41b667b35.txt"),
                SeedArticlesTest.bytes("004_1860cfd6ad2b4c5c.txt"),
                "<html><body><article><h1>J</h1><p>Isi \u2013 berita.</p></article></body></html>".getBytes(StandardCharsets.UTF_8),
                "{\"title\": \"J\", \"body\": \"Isi.\\n\\nLagi.\", \"date\": \"Senin (28/4)\"}\n".getBytes(StandardCharsets.UTF_8),
                "---\ntitle: x\n---\n# T\n\n*a* [b](c)\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < Integer.getInteger("hostile.rounds", 300); i++) {
            byte[] bytes = i % 5 == 4 ? randomBytes(random) : mutate(bases.get(random.nextInt(bases.size())), random);
            Path file = Files.write(dir.resolve("f" + i + "." + EXTENSIONS.get(i % EXTENSIONS.size())), bytes);
            ReadResults results = ReadResults.read(readers, file);
            assertThat(results.outcomes).as(file.toString()).isNotEmpty()
                    .allSatisfy(outcome -> assertThat(outcome.location()).startsWith(file.toString()));
        }
    }

    private static byte[] mutate(byte[] base, Random random) {
        byte[] bytes = base.clone();
        for (int n = random.nextInt(8); n >= 0 && bytes.length > 0; n--) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = (byte) "\n\r -\u2013.(){}[]\"#*_".charAt(random.nextInt(15));
                default -> bytes = java.util.Arrays.copyOf(bytes, at);
            }
        }
        return bytes;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }
}
