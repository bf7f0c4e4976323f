package org.kliping.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kliping.domain.Article;
import org.kliping.domain.NameKind;
import org.kliping.domain.NameMention;
import org.kliping.domain.StoryCluster;

/**
 * Measures story purity on IndoSum (not a unit test: prints numbers for docs/decisions/0004-stories.md).
 * Usage: StoryEvaluation <articles.jsonl> [count] [threshold] [dated|undated|spread] [verbose]
 * dated/undated take {@code count} consecutive articles by date from the middle of the file (a dense
 * period, so that same-event articles exist and so does the chance to mix events); spread takes
 * every k-th article over all 18 months without dates, so only content can keep events apart.
 */
public final class StoryEvaluation {
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        double threshold = args.length > 2 ? Double.parseDouble(args[2]) : StoryClusterer.DEFAULT_THRESHOLD;
        String mode = args.length > 3 ? args[3] : "dated";
        boolean dated = mode.equals("dated");
        boolean verbose = args.length > 4;
        List<IndoSumArticles.Item> all;
        try (InputStream in = Files.newInputStream(file)) {
            all = new ArrayList<>(IndoSumArticles.read(in, true, 1));
        }
        all.sort(Comparator.comparing((IndoSumArticles.Item i) -> i.article().published()).thenComparing(IndoSumArticles.Item::externalId));
        int from = Math.max(0, all.size() / 2 - count / 2);
        List<IndoSumArticles.Item> sample = all.subList(from, Math.min(all.size(), from + count));
        if (mode.equals("spread")) {
            int step = Math.max(1, all.size() / count);
            List<IndoSumArticles.Item> spread = new ArrayList<>();
            for (int i = 0; i < all.size() && spread.size() < count; i += step) spread.add(all.get(i));
            sample = spread;
        }
        List<Article> articles = sample.stream().map(i -> dated ? i.article() : undated(i.article())).toList();
        Map<Long, String> category = new HashMap<>();
        sample.forEach(i -> category.put(i.article().id(), i.category()));
        Map<Long, java.time.LocalDate> hiddenDate = new HashMap<>();
        sample.forEach(i -> hiddenDate.put(i.article().id(), i.article().published()));
        NameExtractor names = new NameExtractor(Aliases.bundled());
        Map<Long, List<NameMention>> mentions = new HashMap<>();
        articles.forEach(a -> mentions.put(a.id(), names.extract(a)));
        List<StoryCluster> stories = new StoryClusterer(threshold, StoryClusterer.DEFAULT_WINDOW_DAYS).cluster(articles, mentions);
        report(stories, category, mentions, articles, verbose);
        long farApart = stories.stream().filter(st -> st.articleIds().size() > 1).filter(st -> {
            List<java.time.LocalDate> dates = st.articleIds().stream().map(hiddenDate::get).sorted().toList();
            return java.time.temporal.ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1)) > 30;
        }).count();
        System.out.printf("stories whose articles (by their real dates) lie more than 30 days apart=%d%n", farApart);
    }

    private static Article undated(Article a) {
        return new Article(a.id(), a.externalId(), a.title(), a.titleDerived(), a.lede(), a.body(), a.source(), a.place(),
                null, null, a.url(), a.language(), a.originName(), a.importedAt(), a.sha256(), a.starred(), a.read());
    }

    static void report(List<StoryCluster> stories, Map<Long, String> category, Map<Long, List<NameMention>> mentions,
                       List<Article> articles, boolean verbose) {
        Map<Long, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        int multi = 0;
        int inMulti = 0;
        int mixedCategory = 0;
        int majority = 0;
        int noSharedName = 0;
        for (StoryCluster s : stories) {
            if (s.articleIds().size() < 2) continue;
            multi++;
            inMulti += s.articleIds().size();
            Map<String, Integer> cats = new HashMap<>();
            s.articleIds().forEach(id -> cats.merge(category.get(id), 1, Integer::sum));
            if (cats.size() > 1) mixedCategory++;
            majority += cats.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            boolean pairWithoutName = pairWithoutSharedName(s.articleIds(), mentions);
            if (pairWithoutName) noSharedName++;
            if (verbose || cats.size() > 1 || pairWithoutName) {
                System.out.printf("%s%s [%d] %s%n", cats.size() > 1 ? "MIXED " : "", pairWithoutName ? "NONAME " : "",
                        s.articleIds().size(), s.title());
                for (long id : s.articleIds()) {
                    Article a = byId.get(id);
                    System.out.printf("     %s %-12s %-11s %s%n", a.published(), a.source(), category.get(id), a.title());
                }
            }
        }
        System.out.printf("articles=%d stories=%d multi-article stories=%d (articles in them=%d)%n",
                articles.size(), stories.size(), multi, inMulti);
        System.out.printf("mixed-category stories=%d  category purity=%.3f  stories with a pair sharing no name=%d%n",
                mixedCategory, inMulti == 0 ? 1.0 : (double) majority / inMulti, noSharedName);
    }

    private static boolean pairWithoutSharedName(List<Long> ids, Map<Long, List<NameMention>> mentions) {
        List<Set<String>> sets = new ArrayList<>();
        for (long id : ids) {
            Set<String> s = new HashSet<>();
            mentions.get(id).stream().filter(m -> m.kind() != NameKind.OTHER).forEach(m -> s.add(m.name()));
            sets.add(s);
        }
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                Set<String> shared = new HashSet<>(sets.get(i));
                shared.retainAll(sets.get(j));
                if (shared.isEmpty()) return true;
            }
        }
        return false;
    }
}
