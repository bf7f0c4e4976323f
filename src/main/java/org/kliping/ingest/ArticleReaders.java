package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Temporary placeholder until the ingest branch lands (same API). */
public final class ArticleReaders {
    public ArticleReaders(ImportLimits limits) {
    }

    public static boolean isSupported(Path file) {
        return file.getFileName().toString().endsWith(".txt");
    }

    public void read(Path file, Consumer<ReadOutcome> sink) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            List<String> lines = Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (lines.isEmpty()) {
                sink.accept(new ReadOutcome.Rejected(file.toString(), "empty file"));
                return;
            }
            List<String> paras = lines.subList(1, lines.size());
            sink.accept(new ReadOutcome.Parsed(file.toString(), new ArticleDraft(null, lines.get(0), false,
                    paras.isEmpty() ? "" : paras.get(0), paras, null, null, null, null, null, "id",
                    file.getFileName().toString(), bytes, text, List.of())));
        } catch (IOException e) {
            sink.accept(new ReadOutcome.Rejected(file.toString(), e.getMessage()));
        }
    }
}
