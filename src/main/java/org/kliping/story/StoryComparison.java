package org.kliping.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kliping.domain.Article;
import org.kliping.domain.Comparison;
import org.kliping.domain.ComparisonRow;
import org.kliping.domain.Figure;
import org.kliping.domain.FigureClaim;

/**
 * What each outlet of a story reports, figure by figure. Figures that count the same thing (same
 * unit and normalised noun) share a row; within that, values more than {@link #SAME_QUANTITY_RATIO}
 * apart are different quantities ("25 tentara tewas" in one unit versus "6.000 tentara tewas" in
 * all), so they get rows of their own instead of a false disagreement.
 */
public final class StoryComparison {
    /** Reports of one quantity differ by tens of percent, not by factors; raise if real disagreements split. */
    static final double SAME_QUANTITY_RATIO = 3.0;

    private StoryComparison() {
    }

    public static Comparison compare(List<Article> articles, Map<Long, List<Figure>> figures) {
        Map<Long, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<FigureClaim>> byThing = new LinkedHashMap<>();
        Map<String, Figure> sample = new LinkedHashMap<>();
        for (Article a : byId.values()) {
            for (Figure f : figures.getOrDefault(a.id(), List.of())) {
                String key = f.unit() + "\u0000" + f.counted();
                byThing.computeIfAbsent(key, k -> new ArrayList<>()).add(claim(a, f));
                sample.putIfAbsent(key, f);
            }
        }
        List<ComparisonRow> rows = new ArrayList<>();
        byThing.forEach((key, claims) -> {
            Figure f = sample.get(key);
            for (List<FigureClaim> band : bands(claims)) {
                rows.add(new ComparisonRow(f.counted(), f.unit(), band, Claims.disagree(band)));
            }
        });
        rows.sort(Comparator.comparing((ComparisonRow r) -> !r.disagreement())
                .thenComparing(r -> -distinctArticles(r))
                .thenComparing(ComparisonRow::counted));
        return new Comparison(List.copyOf(byId.keySet()), rows);
    }

    public static String toMarkdown(Comparison c) {
        return ComparisonTable.markdown(c);
    }

    /** The comparison as CSV rows, the header first (written by ingest.CsvExport, as every CSV). */
    public static List<List<String>> toCsvRows(Comparison c) {
        return ComparisonTable.rows(c);
    }

    /** The outlet of an article whose source is not known (never the name of the file it came from). */
    public static final String UNKNOWN_OUTLET = "unknown outlet";

    static String outlet(Article a) {
        if (a.source() != null && !a.source().isBlank()) return a.source();
        return UNKNOWN_OUTLET;
    }

    private static FigureClaim claim(Article a, Figure f) {
        return new FigureClaim(a.id(), outlet(a), f.value(), f.valueText(), f.qualifier(), f.attributedTo(),
                f.sentenceStart(), f.sentenceEnd(), f.sentence());
    }

    /** Claims sorted by value, cut where a value is more than the ratio above the band's smallest. */
    private static List<List<FigureClaim>> bands(List<FigureClaim> claims) {
        List<FigureClaim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparingDouble(FigureClaim::value).thenComparingLong(FigureClaim::articleId));
        List<List<FigureClaim>> out = new ArrayList<>();
        List<FigureClaim> band = new ArrayList<>();
        for (FigureClaim c : sorted) {
            if (!band.isEmpty() && c.value() > band.get(0).value() * SAME_QUANTITY_RATIO) {
                out.add(band);
                band = new ArrayList<>();
            }
            band.add(c);
        }
        if (!band.isEmpty()) out.add(band);
        return out;
    }

    private static long distinctArticles(ComparisonRow r) {
        return r.claims().stream().map(FigureClaim::articleId).distinct().count();
    }

    /** Whether two claims can both be true, given their qualifiers, and whether they come from different sources. */
    static final class Claims {
        private Claims() {
        }

        static boolean disagree(List<FigureClaim> claims) {
            for (int i = 0; i < claims.size(); i++) {
                for (int j = i + 1; j < claims.size(); j++) {
                    FigureClaim a = claims.get(i);
                    FigureClaim b = claims.get(j);
                    if (differentSources(a, b) && !compatible(a, b)) return true;
                }
            }
            return false;
        }

        static boolean differentSources(FigureClaim a, FigureClaim b) {
            if (a.attributedTo() == null || b.attributedTo() == null) return a.articleId() != b.articleId();
            return !a.attributedTo().strip().toLowerCase(Locale.ROOT).equals(b.attributedTo().strip().toLowerCase(Locale.ROOT));
        }

        /** "lebih dari 6.000" and "7.000" can both be true; "sekitar 12.000" and "sekitar 14.000" cannot. */
        static boolean compatible(FigureClaim a, FigureClaim b) {
            double[] x = bounds(a);
            double[] y = bounds(b);
            return x[0] <= y[1] && y[0] <= x[1];
        }

        private static double[] bounds(FigureClaim c) {
            double v = c.value();
            String q = c.qualifier() == null ? "" : c.qualifier();
            return switch (q) {
                case "lebih dari" -> new double[] {Math.nextUp(v), Double.POSITIVE_INFINITY};
                case "setidaknya" -> new double[] {v, Double.POSITIVE_INFINITY};
                case "kurang dari" -> new double[] {0, Math.nextDown(v)};
                case "hampir" -> new double[] {v * 0.9, Math.nextDown(v)};
                case "hingga", "paling banyak" -> new double[] {0, v};
                default -> new double[] {v, v};
            };
        }
    }
}
