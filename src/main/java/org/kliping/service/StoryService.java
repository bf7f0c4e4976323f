package org.kliping.service;

import org.kliping.domain.Article;
import org.kliping.domain.ArticleListing;
import org.kliping.domain.Figure;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.NameKind;
import org.kliping.domain.NameMention;
import org.kliping.domain.Story;
import org.kliping.domain.StoryCluster;
import org.kliping.store.ArticleStore;
import org.kliping.store.SettingStore;
import org.kliping.store.StoryStore;
import org.kliping.story.Aliases;
import org.kliping.story.FigureExtractor;
import org.kliping.story.NameExtractor;
import org.kliping.story.StoryClusterer;
import org.kliping.story.StoryComparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stories: the archive's articles grouped by event (re-clustered when the archive changed, keeping what
 * the user edited), their names and figures side by side, and the user's edits (rename, merge, move, split)
 * and name aliases.
 */
public final class StoryService {

    /**
     * Automatic clustering looks at the newest this many articles: average linkage is quadratic, and a
     * story is about recent clippings. Older articles keep the story they had.
     */
    static final int CLUSTER_WINDOW = 1000;
    private static final String SEQ_KEY = "stories.sequence";
    private static final String ALIASES_KEY = "stories.aliases";

    private final ArticleStore articles;
    private final StoryStore stories;
    private final SettingStore settings;
    /** Set on a read-only archive: stories are shown as last saved, never re-clustered (that writes). */
    private volatile boolean readOnly;

    StoryService(ArticleStore articles, StoryStore stories, SettingStore settings) {
        this.articles = articles;
        this.stories = stories;
        this.settings = settings;
    }

    /** Every story with two or more articles (or one the user made), re-clustering first if the archive changed. */
    public synchronized List<Story> stories() {
        refreshIfChanged();
        return stories.all();
    }

    public synchronized StoryDetails story(long id) {
        refreshIfChanged();
        Story s = stories.get(id);
        List<Article> members = articles.getAll(s.articleIds());
        NameExtractor names = new NameExtractor(aliases());
        FigureExtractor figures = new FigureExtractor();
        Map<Long, List<Figure>> figuresByArticle = new LinkedHashMap<>();
        List<Figure> allFigures = new ArrayList<>();
        Map<String, NameAcc> nameAcc = new LinkedHashMap<>();
        for (Article a : members) {
            List<Figure> f = figures.extract(a);
            figuresByArticle.put(a.id(), f);
            allFigures.addAll(f);
            Set<String> seenHere = new HashSet<>();
            for (NameMention m : names.extract(a)) {
                NameAcc acc = nameAcc.computeIfAbsent(m.name(), k -> new NameAcc(m.kind()));
                acc.mentions++;
                if (seenHere.add(m.name())) acc.articleIds.add(a.id());
            }
        }
        List<StoryDetails.NameCount> nameCounts = nameAcc.entrySet().stream()
                .map(e -> new StoryDetails.NameCount(e.getKey(), e.getValue().kind, e.getValue().articleIds.size(),
                        e.getValue().mentions, e.getValue().articleIds))
                .sorted(Comparator.comparingInt(StoryDetails.NameCount::articles).reversed()
                        .thenComparing(Comparator.comparingInt(StoryDetails.NameCount::mentions).reversed()))
                .toList();
        return new StoryDetails(s, members, nameCounts, allFigures, StoryComparison.compare(members, figuresByArticle));
    }

    /** The comparison table of a story as Markdown or CSV. */
    public String comparisonAs(long id, String format) {
        return comparisonAs(story(id), format);
    }

    /** The comparison table of a (possibly narrowed) story as Markdown or CSV. */
    public String comparisonAs(StoryDetails d, String format) {
        return switch (format) {
            case "markdown", "md" -> StoryComparison.toMarkdown(d.comparison());
            case "csv" -> org.kliping.ingest.CsvExport.text(StoryComparison.toCsvRows(d.comparison()));
            default -> throw new InvalidInputException("unknown format '" + format + "' (markdown, csv)");
        };
    }

    public synchronized void rename(long id, String title) {
        stories.rename(id, title);
    }

    public synchronized void merge(long target, long other) {
        stories.merge(target, other);
    }

    public synchronized void move(List<Long> articleIds, long storyId) {
        stories.move(articleIds, storyId);
    }

    public synchronized long split(List<Long> articleIds, String title) {
        return stories.split(articleIds, title == null || title.isBlank() ? "Cerita baru" : title);
    }

    /** Re-clusters now (the articles of edited stories stay where the user put them). */
    public synchronized void recluster() {
        Set<Long> pinned = stories.articlesInEditedStories();
        List<Article> recent = new ArrayList<>();
        for (var a : articles.list(ArticleListing.all().withLimit(CLUSTER_WINDOW))) {
            if (!pinned.contains(a.id())) recent.add(a);
        }
        NameExtractor names = new NameExtractor(aliases());
        Map<Long, List<NameMention>> mentions = new HashMap<>();
        for (Article a : recent) mentions.put(a.id(), names.extract(a));
        List<StoryCluster> clusters = new StoryClusterer().cluster(recent, mentions).stream()
                .filter(c -> c.articleIds().size() >= 2).toList();
        stories.replaceAutomatic(clusters);
        settings.put(SEQ_KEY, Long.toString(articles.currentSequence()));
    }

    void readOnly() {
        readOnly = true;
    }

    private void refreshIfChanged() {
        if (readOnly) return;
        String current = Long.toString(articles.currentSequence());
        if (!current.equals(settings.get(SEQ_KEY).orElse(null))) recluster();
    }

    /** The bundled aliases plus the user's ({@code Korut = Korea Utara}). */
    public Aliases aliases() {
        Aliases a = Aliases.bundled();
        for (String[] pair : userAliases()) a = a.with(pair[0], pair[1]);
        return a;
    }

    public List<String[]> userAliases() {
        List<String[]> out = new ArrayList<>();
        for (String line : settings.get(ALIASES_KEY).orElse("").split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) out.add(new String[] {line.substring(0, eq).strip(), line.substring(eq + 1).strip()});
        }
        return out;
    }

    /** Adds a user alias; names in stories are re-read with it. */
    public synchronized void addAlias(String alias, String canonical) {
        if (alias == null || alias.isBlank() || canonical == null || canonical.isBlank() || alias.contains("=")
                || alias.contains("\n") || canonical.contains("\n")) {
            throw new InvalidInputException("an alias needs a name and a canonical name, e.g. Korut = Korea Utara");
        }
        String existing = settings.get(ALIASES_KEY).orElse("");
        settings.put(ALIASES_KEY, (existing.isEmpty() ? "" : existing + "\n") + alias.strip() + " = " + canonical.strip());
        settings.put(SEQ_KEY, "");
    }

    private static final class NameAcc {
        final NameKind kind;
        final List<Long> articleIds = new ArrayList<>();
        int mentions;

        NameAcc(NameKind kind) {
            this.kind = kind;
        }
    }
}
