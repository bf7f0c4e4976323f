package org.kliping.service;

import org.kliping.capture.WebFetcher;
import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.CleaningRules;
import org.kliping.paper.PaperReader;
import org.kliping.paper.TesseractProgram;
import org.kliping.store.PaperStore;
import org.kliping.ingest.ImportLimits;
import org.kliping.ingest.KlipingJson;
import org.kliping.search.ArticleIndex;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;
import org.kliping.store.Database;
import org.kliping.store.FeedStore;
import org.kliping.store.NoteStore;
import org.kliping.store.SavedSearchStore;
import org.kliping.store.SettingStore;
import org.kliping.store.TagStore;

import java.nio.file.Path;
import java.time.Clock;

/** The use cases over one open archive, wired by {@link Archive}. The window and the CLI call these. */
public final class Services {

    private final ImportService imports;
    private final ArticleService articles;
    private final TagService tags;
    private final AnnotationService annotations;
    private final SearchService search;
    private final SavedSearchService savedSearches;
    private final SettingStore settings;
    private final CheckService check;
    private final ExportService export;
    private final StoryService stories;
    private final ClipService clips;
    private final RereadService reread;
    private final FeedService feeds;
    private final InboxService inbox;

    Services(Path dir, Database db, ArticleStore articleStore, TagStore tagStore, AnnotationStore annotationStore,
             NoteStore noteStore, SavedSearchStore savedSearchStore, SettingStore settings, ArticleIndex index,
             IndexSync sync, ImportLimits limits) {
        Clock clock = Clock.systemUTC();
        PaperStore paperStore = new PaperStore(db);
        RestoreService restore = new RestoreService(articleStore, tagStore, annotationStore, noteStore, savedSearchStore,
                paperStore);
        PaperImport paper = new PaperImport(new PaperReader(TesseractProgram.fromEnvironment()));
        ArticleReaders readers = new ArticleReaders(limits, KlipingJson::read, CleaningRules.defaults(), paper);
        this.imports = new ImportService(articleStore, paperStore, sync, readers, restore, clock);
        this.articles = new ArticleService(db, articleStore, tagStore, annotationStore, noteStore, sync, clock);
        this.tags = new TagService(tagStore, sync);
        this.annotations = new AnnotationService(articleStore, annotationStore, noteStore, sync, clock);
        this.search = new SearchService(index, sync, articleStore);
        this.savedSearches = new SavedSearchService(savedSearchStore);
        this.settings = settings;
        this.stories = new StoryService(articleStore, new org.kliping.store.StoryStore(db), settings);
        Rereading rereading = new Rereading(db, articleStore, annotationStore, sync);
        this.check = new CheckService(db, articleStore, annotationStore, index, sync,
                new CheckService.BodyRereading(readers, rereading));
        WebFetcher fetcher = new WebFetcher();
        this.clips = new ClipService(new WebArticles(fetcher, readers), imports, articleStore, rereading, tags);
        this.reread = new RereadService(readers, articleStore, rereading);
        this.feeds = new FeedService(fetcher, new FeedStore(db), clips, readers, clock);
        this.inbox = new InboxService(imports);
        this.export = new ExportService(dir, articleStore, tagStore, annotationStore, noteStore, savedSearchStore, search, clock,
                paperStore);
    }

    /** Clipping web pages by address. */
    public ClipService clips() {
        return clips;
    }

    /** Reading stored articles again with the current readers. */
    public RereadService reread() {
        return reread;
    }

    /** News feeds followed. */
    public FeedService feeds() {
        return feeds;
    }

    /** Inbox folders watched. */
    public InboxService inbox() {
        return inbox;
    }

    public StoryService stories() {
        return stories;
    }

    public ExportService export() {
        return export;
    }

    public CheckService check() {
        return check;
    }

    public ImportService imports() {
        return imports;
    }

    public ArticleService articles() {
        return articles;
    }

    public TagService tags() {
        return tags;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public SearchService search() {
        return search;
    }

    public SavedSearchService savedSearches() {
        return savedSearches;
    }

    /** Per-archive settings (the window remembers whether it imported the seeds here). */
    public java.util.Optional<String> setting(String key) {
        return settings.get(key);
    }

    public void putSetting(String key, String value) {
        settings.put(key, value);
    }
}
