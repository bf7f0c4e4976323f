package org.kliping.searcheval;

import org.kliping.search.AnalysisVariant;
import org.kliping.search.SearchSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures search quality on the shared evaluation data (not committed; its folder is an argument):
 * MRR@10 / Recall@10 on TyDi QA training questions and on IndoSum known-item queries, and stemmer accuracy.
 * <p>
 * Usage: {@code SearchQualityEval DATA_DIR [config ...]} where DATA_DIR holds tydiqa-id-train,
 * indosum-articles, indosum-known-item and stemmer-tests, and each config is
 * {@code name=VARIANT,title=2.0,exact=1.0,coord=true}. Without configs the standard comparison runs.
 */
public final class SearchQualityEval {

    private SearchQualityEval() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SearchQualityEval DATA_DIR [name=VARIANT,title=1,exact=1,coord=true ...] [--only tydi|indosum|indosum-t|stemmer]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        String only = "";
        List<EvalConfig> configs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--only") && i + 1 < args.length) only = args[++i];
            else configs.add(EvalConfig.parse(args[i]));
        }
        if (configs.isEmpty()) configs = EvalConfig.standardComparison();
        System.out.println("| config | analysis | title | exact | coord | prox | k1 | b | hint | fb | TyDi MRR@10 | TyDi R@10 | TyDi A MRR@10 | TyDi B MRR@10 | IndoSum T MRR@10 | IndoSum S MRR@10 | IndoSum S (with titles) MRR@10 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (EvalConfig c : configs) {
            RetrievalEval.TydiScores tydi = only.isEmpty() || only.equals("tydi")
                    ? RetrievalEval.tydi(data.resolve("tydiqa-id-train"), c.settings()) : RetrievalEval.TydiScores.NONE;
            RetrievalEval.IndosumScores indosum = only.isEmpty() || only.startsWith("indosum")
                    ? RetrievalEval.indosum(data.resolve("indosum-articles"), data.resolve("indosum-known-item"), c.settings(),
                    only.equals("indosum-t"))
                    : RetrievalEval.IndosumScores.NONE;
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %s | %.2f | %.2f | %.2f | %.1f | %s | %s | %s | %s | %s | %s | %s | %s |%n", c.name(),
                    c.settings().analysis(), c.settings().titleBoost(), c.settings().exactBoost(),
                    c.settings().coordination(), c.settings().proximityBoost(), c.settings().bm25K1(),
                    c.settings().bm25B(), c.settings().answerHintBoost(), feedback(c.settings()), fmt(tydi.all().mrr()), fmt(tydi.all().recall()),
                    fmt(tydi.halfA().mrr()), fmt(tydi.halfB().mrr()), fmt(indosum.titleBodyOnly().mrr()),
                    fmt(indosum.summaryBodyOnly().mrr()), fmt(indosum.summaryWithTitles().mrr()));
            System.out.flush();
        }
        if (only.isEmpty() || only.equals("stemmer")) {
            System.out.println();
            StemmerEval.report(data.resolve("stemmer-tests"), List.of(AnalysisVariant.values()));
        }
    }

    static String feedback(SearchSettings s) {
        return s.feedbackWeight() <= 0 ? "off"
                : String.format(Locale.ROOT, "%.2f/%dd/%dt", s.feedbackWeight(), s.feedbackDocs(), s.feedbackTerms());
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    record EvalConfig(String name, SearchSettings settings) {
        static EvalConfig parse(String spec) {
            SearchSettings s = SearchSettings.defaults();
            String name = spec;
            float title = s.titleBoost();
            float exact = s.exactBoost();
            float note = s.noteBoost();
            boolean coord = s.coordination();
            float prox = s.proximityBoost();
            float k1 = s.bm25K1();
            float b = s.bm25B();
            float hint = s.answerHintBoost();
            float fbw = s.feedbackWeight();
            int fbd = s.feedbackDocs();
            int fbt = s.feedbackTerms();
            boolean bm25f = s.combinedFields();
            float near = s.nearSynonymWeight();
            int enough = s.everyWordEnough();
            float bonus = s.coordinationBonus();
            for (String part : spec.split(",")) {
                String[] kv = part.split("=", 2);
                switch (kv[0]) {
                    case "title" -> title = Float.parseFloat(kv[1]);
                    case "exact" -> exact = Float.parseFloat(kv[1]);
                    case "coord" -> coord = Boolean.parseBoolean(kv[1]);
                    case "prox" -> prox = Float.parseFloat(kv[1]);
                    case "k1" -> k1 = Float.parseFloat(kv[1]);
                    case "b" -> b = Float.parseFloat(kv[1]);
                    case "hint" -> hint = Float.parseFloat(kv[1]);
                    case "fbw" -> fbw = Float.parseFloat(kv[1]);
                    case "fbd" -> fbd = Integer.parseInt(kv[1]);
                    case "fbt" -> fbt = Integer.parseInt(kv[1]);
                    case "bm25f" -> bm25f = Boolean.parseBoolean(kv[1]);
                    case "near" -> near = Float.parseFloat(kv[1]);
                    case "enough" -> enough = kv[1].equals("never") ? Integer.MAX_VALUE : Integer.parseInt(kv[1]);
                    case "bonus" -> bonus = Float.parseFloat(kv[1]);
                    case "synonyms" -> s = s.withSynonymsFile(Path.of(kv[1]));
                    default -> {
                        name = kv[0];
                        s = s.withAnalysis(AnalysisVariant.valueOf(kv[1]));
                    }
                }
            }
            return new EvalConfig(name, s.withBoosts(title, exact, note).withCoordination(coord).withRanking(prox, k1, b).withAnswerHintBoost(hint)
                    .withFeedback(fbw, fbd, fbt).withCombinedFields(bm25f).withNearSynonymWeight(near).withEveryWord(enough, bonus));
        }

        static List<EvalConfig> standardComparison() {
            return List.of(
                    parse("standard-or=STANDARD,exact=0,coord=false,hint=0"),
                    parse("lucene-id-or=LUCENE_INDONESIAN,exact=0,coord=false,hint=0"),
                    parse("lucene-id+exact=LUCENE_INDONESIAN,exact=1,coord=false,hint=0"),
                    parse("kliping-or=KLIPING,exact=0,coord=false,hint=0"),
                    parse("kliping+exact=KLIPING,exact=1,coord=false,hint=0"),
                    parse("kliping+exact+hints=KLIPING,exact=1,coord=false,hint=2"),
                    parse("kliping+title2=KLIPING,title=2"),
                    parse("kliping+title1=KLIPING,title=1"),
                    parse("default=KLIPING"));
        }
    }
}
