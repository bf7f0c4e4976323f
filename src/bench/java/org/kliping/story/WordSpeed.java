package org.kliping.story;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Word#in} against the regular expression it replaced, on the bodies of a corpus, alternating in one JVM
 * (thread CPU time per pass). Usage: {@code WordSpeed CORPUS.jsonl [N]} (docs/benchmarks.md, seventh session).
 */
public final class WordSpeed {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");

    private WordSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        ObjectMapper mapper = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        try (var lines = Files.lines(Path.of(args[0]))) {
            lines.limit(n).forEach(line -> {
                try {
                    bodies.add(mapper.readTree(line).get("body").asText());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long words = 0;
        for (int pass = 1; pass <= 5; pass++) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (String b : bodies) {
                Matcher m = WORD.matcher(b);
                List<Word> out = new ArrayList<>();
                while (m.find()) out.add(new Word(m.group(), m.start(), m.end()));
                words += out.size();
            }
            long c1 = threads.getCurrentThreadCpuTime();
            for (String b : bodies) words -= Word.in(b, new TextSpan(0, b.length())).size();
            long c2 = threads.getCurrentThreadCpuTime();
            System.out.printf("pass %d: regular expression %.3f s, loop %.3f s%n", pass, (c1 - c0) / 1e9, (c2 - c1) / 1e9);
        }
        if (words != 0) throw new IllegalStateException("the two found different numbers of words");
    }
}
