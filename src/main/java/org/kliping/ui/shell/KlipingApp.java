package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kliping.domain.ArchiveUnavailableException;
import org.kliping.service.ArchiveLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The window. Opens the archive in the background (a first start imports the sample articles) while a
 * small "opening" pane shows, then builds the main view. Tests pass the archive folder and language.
 */
public final class KlipingApp extends Application {

    public static final String TITLE = "Kliping";

    private static volatile Path launchArchive;
    /** The user named a folder that holds no archive yet: ask before creating one there. */
    static volatile boolean askBeforeCreating;
    private static volatile Runnable firstRowsDrawn;
    /** What happens when the user declines to create an archive: the window ends (tests keep the toolkit). */
    static volatile Runnable whenDeclined = Platform::exit;

    private final Path archiveOverride;
    private final UiLanguage languageOverride;
    private final FxBackground background = new FxBackground();
    private Stage stage;
    private Session session;
    private ShellView view;
    private ShellViewModel viewModel;

    /**
     * Starts opening the archive the window will show (from {@code KLIPING_ARCHIVE} or the platform's data
     * folder) before JavaFX starts; call first thing in {@code main}, then launch.
     */
    public static void openArchiveEarly() {
        openArchiveEarly(null);
    }

    /**
     * As {@link #openArchiveEarly()}, for the folder the user named ({@code --archive DIR}; null: the default),
     * which the window created by {@code Application.launch} then shows.
     */
    public static void openArchiveEarly(Path archiveDir) {
        openArchiveEarly(archiveDir, false);
    }

    /**
     * As {@link #openArchiveEarly(Path)}; with {@code named} (the user gave the folder with {@code --archive}) a
     * folder that holds no archive is not opened early: the window first asks whether to create one there.
     */
    public static void openArchiveEarly(Path archiveDir, boolean named) {
        launchArchive = archiveDir;
        Path dir = ArchiveLocation.forThisProcess(archiveDir);
        askBeforeCreating = named && !ArchiveLocation.holdsArchive(dir);
        if (!askBeforeCreating) EarlyOpen.start(dir);
    }

    /** Runs {@code action} on the FX thread once the first page of the list has been drawn (start-up timing). */
    public static void whenFirstRowsDrawn(Runnable action) {
        firstRowsDrawn = action;
    }

    /** The archive named to {@link #openArchiveEarly(Path)}, else {@code KLIPING_ARCHIVE} or the data folder. */
    public KlipingApp() {
        this(launchArchive, null);
    }

    /** @param archiveDir the archive folder (null: the default); @param language null: from the settings */
    private DialogButtons dialogButtons;

    public KlipingApp(Path archiveDir, UiLanguage language) {
        this.archiveOverride = archiveDir;
        this.languageOverride = language;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Path dir = ArchiveLocation.forThisProcess(archiveOverride);
        UiTheme.resolve(null, System.getenv()).apply();
        ResourceBundle text = language(null).bundle();
        dialogButtons = DialogButtons.install(text);
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> // the FX thread: logged and shown
                ErrorDetails.show(stage, text, text.getString("error.title"), e));
        for (String size : new String[]{"32", "64", "256"}) {
            var icon = KlipingApp.class.getResource("kliping-" + size + ".png");
            if (icon != null) stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        if (askBeforeCreating && !ArchiveLocation.holdsArchive(dir) && !confirmNewArchive(text, dir)) {
            whenDeclined.run();
            return;
        }
        Label message = new Label(text.getString("startup.opening") + "\n" + dir);
        message.setWrapText(true);
        ProgressBar progress = new ProgressBar(-1);
        VBox pane = new VBox(12, message, progress);
        pane.setAlignment(Pos.CENTER);
        pane.setId("startupPane");
        stage.setTitle(TITLE);
        stage.setScene(new Scene(pane, 520, 200));
        stage.show();
        EarlyOpen early = EarlyOpen.takeFor(dir);
        javafx.animation.Timeline poll = early == null ? null : new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(100), e -> progress.setProgress(early.progress())));
        if (poll != null) {
            poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
            poll.play();
        }
        background.submit(ctx -> early != null ? early.await() : Session.open(dir, (done, total, note) -> ctx.post(() ->
                        progress.setProgress(total > 0 ? (double) done / total : -1))),
                opened -> {
                    if (poll != null) poll.stop();
                    try {
                        showMain(opened);
                    } catch (RuntimeException e) {
                        opened.archive().close();
                        session = null;
                        showFailure(text, dir, e);
                    }
                }, e -> {
                    if (poll != null) poll.stop();
                    showFailure(text, dir, e);
                });
    }

    /** Asks whether to create an archive in a folder the user named that holds none (a mistyped path, maybe). */
    private static boolean confirmNewArchive(ResourceBundle text, Path dir) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                java.text.MessageFormat.format(text.getString("startup.noArchive"), dir),
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        ask.setTitle(TITLE);
        ask.setHeaderText(null);
        ask.getDialogPane().setId("newArchiveQuestion");
        ask.setOnShown(e -> { // no window to centre on yet: the middle of the screen, not its corner
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            ask.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - ask.getWidth()) / 2));
            ask.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - ask.getHeight()) / 3));
        });
        return ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isPresent();
    }

    private UiLanguage language(UiPreferences prefs) {
        if (languageOverride != null) return languageOverride;
        String preferred = prefs == null ? null : prefs.get(UiPreferences.LANGUAGE).orElse(null);
        return UiLanguage.resolve(preferred, Locale.getDefault());
    }

    private void showMain(Session opened) {
        this.session = opened;
        UiPreferences prefs = opened.preferences();
        UiTheme theme = UiTheme.resolve(prefs.get(UiPreferences.THEME).orElse(null), System.getenv());
        theme.apply();
        ResourceBundle text = language(prefs).bundle();
        if (dialogButtons != null) dialogButtons.setText(text);
        ShellViewModel vm = new ShellViewModel(opened.archive().services(), background, opened.archive().dir());
        viewModel = vm;
        WindowContext ctx = new WindowContext(stage, text, prefs);
        var capture = new org.kliping.ui.capture.CaptureActions(ctx, vm.capture());
        FXMLLoader loader = new FXMLLoader(KlipingApp.class.getResource("main.fxml"), text);
        loader.setControllerFactory(type -> {
            if (type == ShellView.class) return new ShellView(ctx, vm);
            if (type == SidebarPane.class) return new SidebarPane(ctx, vm.sidebar());
            if (type == ListPane.class) return new ListPane(ctx, vm.list());
            if (type == OrphansPane.class) return new OrphansPane(ctx, vm.sidebar());
            if (type == StoriesPane.class) return new StoriesPane(ctx, vm.stories());
            if (type == org.kliping.ui.annotations.AnnotationsPane.class) {
                return new org.kliping.ui.annotations.AnnotationsPane(ctx, vm.annotations());
            }
            if (type == ReaderPane.class) return new ReaderPane(ctx, vm.reader());
            if (type == org.kliping.ui.paper.PaperPane.class) return new org.kliping.ui.paper.PaperPane(ctx, vm.paper());
            if (type == StatusPane.class) return new StatusPane(ctx, vm.imports());
            if (type == org.kliping.ui.capture.FeedsPane.class) return new org.kliping.ui.capture.FeedsPane(ctx, vm.capture().feeds(), capture);
            throw new IllegalArgumentException("no controller " + type.getName() + " in the window");
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the window layout main.fxml", e);
        }
        view = loader.getController();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(KlipingApp.class.getResource("/org/kliping/ui/kliping.css").toExternalForm());
        theme.applyTo(root);
        TextSize.applyTo(root, prefs);
        stage.setTitle(TITLE + " — " + opened.archive().dir());
        WindowState.restoreBounds(stage, prefs);
        stage.setScene(scene);
        WindowState.restore(view, prefs);
        vm.start();
        afterFirstRows(vm.list(), () -> {
            view.reader().prepareInBackground(background);
            Runnable hook = firstRowsDrawn;
            firstRowsDrawn = null;
            if (hook != null) hook.run();
        });
        Platform.runLater(view.list()::focusList);
    }

    /** Runs {@code action} once the first list load has shown, at the pulse after the one that drew it. */
    private static void afterFirstRows(ArticleListViewModel list, Runnable action) {
        list.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean loading) {
                if (loading) return;
                list.loadingProperty().removeListener(this);
                new javafx.animation.AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long now) {
                        if (++pulses < 2) return;
                        stop();
                        action.run();
                    }
                }.start();
            }
        });
    }

    private void showFailure(ResourceBundle text, Path dir, Throwable e) {
        boolean locked = e instanceof ArchiveUnavailableException u && u.reason() == ArchiveUnavailableException.Reason.LOCKED;
        Label message = new Label(locked
                ? java.text.MessageFormat.format(text.getString("startup.locked"), dir)
                : java.text.MessageFormat.format(text.getString("startup.failed"), dir, e.getMessage()));
        message.setId("startupError");
        message.setWrapText(true);
        Button quit = new Button(text.getString("menu.quit"));
        quit.setOnAction(a -> Platform.exit());
        VBox pane = new VBox(12, message, quit);
        pane.setAlignment(Pos.CENTER);
        pane.setStyle("-fx-padding: 24;");
        stage.setScene(new Scene(pane, 560, 240));
    }

    /** The shell once the archive is open (null before); for tests and screenshots. */
    public ShellView view() {
        return view;
    }

    /** The window's view models once the archive is open (null before); for tests. */
    public ShellViewModel viewModel() {
        return viewModel;
    }

    /** Remembers the window and closes the archive off the UI thread, waiting briefly for both. */
    @Override
    public void stop() {
        if (dialogButtons != null) dialogButtons.uninstall();
        Session open = session;
        if (open != null && view != null) {
            WindowState.capture(stage, view, open.preferences());
            UiPreferences snapshot = open.preferences().snapshot();
            background.submit(ctx -> {
                try {
                    snapshot.save();
                } finally {
                    open.archive().close();
                }
                return null;
            }, r -> { }, e -> { });
        }
        session = null;
        background.close();
    }
}
