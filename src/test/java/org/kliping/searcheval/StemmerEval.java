package org.kliping.searcheval;

import org.kliping.search.AnalysisPreview;
import org.kliping.search.AnalysisVariant;
import org.kliping.search.SearchSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Stemmer accuracy on word/root pairs. "root" = the stemmed word equals the expected root; "conflation" =
 * the word and its root get the same term (what search needs: searching the root finds the word).
 */
final class StemmerEval {

    private StemmerEval() {
    }

    static void report(Path dir, List<AnalysisVariant> variants) throws IOException {
        List<String[]> sastrawi = rows(dir.resolve("sastrawi_stemmer_tests.tsv"));
        List<String[]> hunspell = rows(dir.resolve("hunspell_id_affix_pairs_attested.tsv"));
        System.out.println("| analysis | Sastrawi active: root | Sastrawi active: conflation | hunspell∩jsastrawi: root | hunspell∩jsastrawi: conflation | same, token-weighted conflation |");
        System.out.println("|---|---|---|---|---|---|");
        for (AnalysisVariant v : variants) {
            AnalysisPreview preview = new AnalysisPreview(SearchSettings.defaults().withAnalysis(v));
            double[] s = score(preview, sastrawi.stream()
                    .filter(r -> r[3].equals("active") && !r[0].contains(" ")).map(r -> new String[] {r[0], r[1], "1"}).toList());
            double[] h = score(preview, hunspell.stream()
                    .filter(r -> r[6].equals("yes")).map(r -> new String[] {r[0], r[1], r[3]}).toList());
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", v, s[0], s[1], h[0], h[1], h[3]);
        }
    }

    /** [root accuracy, conflation accuracy, token-weighted root, token-weighted conflation]. */
    private static double[] score(AnalysisPreview preview, List<String[]> pairs) {
        double root = 0, conf = 0, wRoot = 0, wConf = 0, weight = 0;
        for (String[] p : pairs) {
            // Several terms at one position are alternatives (candidate roots): a match on any of them counts.
            java.util.Set<String> stems = new java.util.HashSet<>(preview.stemmedTerms(p[0]));
            java.util.Set<String> rootStems = new java.util.HashSet<>(preview.stemmedTerms(p[1]));
            double w = Double.parseDouble(p[2]);
            weight += w;
            if (stems.contains(p[1])) { root++; wRoot += w; }
            boolean shared = stems.isEmpty() ? rootStems.isEmpty() : stems.stream().anyMatch(rootStems::contains);
            if (shared) { conf++; wConf += w; }
        }
        int n = pairs.size();
        return new double[] {root / n, conf / n, wRoot / weight, wConf / weight};
    }

    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }
}
