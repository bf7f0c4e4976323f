package org.kliping.ui.paper;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kliping.domain.PaperScan;
import org.kliping.domain.WordBox;
import org.kliping.service.ArticleDetails;
import org.kliping.service.ArticleService;
import org.kliping.service.Services;
import org.kliping.ui.common.Background;

import java.util.List;
import java.util.function.Consumer;

/**
 * The page image of the article the reader shows, when it was read from paper: which page, its image (loaded in the
 * background) and the article's word boxes, for lighting up words and finding the word under a click.
 */
public final class PaperViewModel {

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;

    private final ObjectProperty<ArticleDetails> article = new SimpleObjectProperty<>(this, "article");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final IntegerProperty pages = new SimpleIntegerProperty(this, "pages", 0);
    private final ObjectProperty<ArticleService.PageImage> image = new SimpleObjectProperty<>(this, "image");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private long generation;

    public PaperViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
    }

    /** Shows the page of {@code d} that its body starts on (nothing when {@code d} was not read from paper). */
    public void show(ArticleDetails d) {
        ArticleDetails before = article.get();
        article.set(d == null || d.paper() == null ? null : d);
        if (article.get() == null) {
            generation++;
            image.set(null);
            pages.set(0);
            return;
        }
        if (before != null && before.article().id() == d.article().id() && image.get() != null) return; // same article: stays on its page
        image.set(null);
        load(PageWords.pageOf(words(), 0, Integer.MAX_VALUE).orElse(0));
    }

    /** Goes to the page that holds {@code [start, end)} of the body, when it is another one. */
    public void reveal(int start, int end) {
        if (article.get() == null) return;
        PageWords.pageOf(words(), start, end).filter(p -> p != page.get()).ifPresent(this::load);
    }

    public void next() {
        if (page.get() + 1 < pages.get()) load(page.get() + 1);
    }

    public void previous() {
        if (page.get() > 0) load(page.get() - 1);
    }

    private void load(int wanted) {
        ArticleDetails d = article.get();
        long mine = ++generation;
        loading.set(true);
        page.set(wanted);
        background.submit(ctx -> services.articles().pageImage(d.article().id(), wanted), loaded -> {
            if (mine != generation) return;
            loading.set(false);
            pages.set(loaded.pages());
            image.set(loaded);
        }, e -> {
            if (mine == generation) loading.set(false);
            onError.accept(e);
        });
    }

    /** The shown article's word boxes (empty when none is shown). */
    public List<WordBox> words() {
        ArticleDetails d = article.get();
        PaperScan scan = d == null ? null : d.paper();
        return scan == null ? List.of() : scan.words();
    }

    /** The article shown, when it was read from paper (null otherwise). */
    public ObjectProperty<ArticleDetails> articleProperty() {
        return article;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty pagesProperty() {
        return pages;
    }

    /** The current page's image and the scale of word boxes on it (null while none is loaded). */
    public ObjectProperty<ArticleService.PageImage> imageProperty() {
        return image;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
