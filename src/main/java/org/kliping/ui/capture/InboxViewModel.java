package org.kliping.ui.capture;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;
import org.kliping.service.InboxService;
import org.kliping.service.Services;
import org.kliping.ui.common.Background;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The inbox folder watched while the window is open: each {@link #pass} (the window calls it every
 * {@link InboxService#POLL}) imports in the background the files that stopped growing. A pass asked for while one
 * runs is skipped. A folder that went missing stops the watching with an error, once.
 */
public final class InboxViewModel {

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private InboxService.Inbox inbox;
    private boolean passing;
    private Consumer<ImportReport> onImported = r -> { };

    public InboxViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
    }

    /** Called after a pass that imported, or rejected, something. */
    public void setOnImported(Consumer<ImportReport> onImported) {
        this.onImported = onImported;
    }

    /**
     * Watches {@code dir} from now on (null: watches nothing). A folder that is not there (a drive not plugged in) is
     * an error for the window, and nothing is watched.
     *
     * @return whether a folder is watched now
     */
    public boolean watch(Path dir) {
        inbox = null;
        folder.set(null);
        if (dir == null) return false;
        try {
            inbox = services.inbox().open(dir);
        } catch (RuntimeException e) {
            onError.accept(e);
            return false;
        }
        folder.set(dir);
        return true;
    }

    /** Looks at the folder once, in the background. */
    public void pass() {
        InboxService.Inbox current = inbox;
        if (current == null || passing) return;
        Path dir = folder.get();
        passing = true;
        background.submit(ctx -> {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("The inbox folder " + dir + " is not there any more: it is no longer watched");
            }
            return current.pass(ImportListener.NONE);
        }, r -> {
            passing = false;
            if (r.imported() + r.duplicates() + r.rejected().size() > 0) onImported.accept(r);
        }, e -> {
            passing = false;
            if (inbox == current) watch(null);
            onError.accept(e);
        });
    }

    /** The folder watched, or null. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }
}
