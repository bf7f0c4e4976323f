package org.kliping.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.kliping.domain.Annotation;
import org.kliping.service.ImportReport;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The small dialogs of the window, each in the user's language. */
public final class Dialogs {

    /** What the highlight dialog decided. */
    public record AnnotationChoice(boolean delete, String note, String color) {
    }

    private final Window owner;
    private final ResourceBundle text;

    Dialogs(Window owner, ResourceBundle text) {
        this.owner = owner;
        this.text = text;
    }

    /**
     * Puts the focus in {@code field} once the dialog shows. The dialog gives it to its default button after the
     * shown event, so asking in that event is too early (typing went nowhere and a space pressed OK): the request
     * runs after the dialog's own.
     */
    public static void focusWhenShown(Dialog<?> d, javafx.scene.Node field, Runnable then) {
        d.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            field.requestFocus();
            if (then != null) then.run();
        }));
    }

    /** A message in the user's language, its numbers and dates formatted as that language writes them. */
    public String t(String key, Object... args) {
        return format(text, key, args);
    }

    /** A date as the interface's language writes it (Mar 5, 2024; 5 Mei 2024), in the reader's header. */
    public String date(java.time.LocalDate day) {
        return date(text, day);
    }

    public static String date(ResourceBundle text, java.time.LocalDate day) {
        Locale locale = text.getLocale() == null || text.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : text.getLocale();
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /**
     * {@code key}'s message with {@code args}, in the locale of the bundle (the interface's language), not the JVM's:
     * 100.000 in the Indonesian interface, 100,000 in the English one, whatever the system's locale.
     */
    public static String format(ResourceBundle text, String key, Object... args) {
        if (args.length == 0) return text.getString(key);
        Locale locale = text.getLocale() == null || text.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : text.getLocale();
        return new MessageFormat(text.getString(key), locale).format(args);
    }

    /** A count as the interface's language writes it: 100.000 in Indonesian, 100,000 in English. */
    public static String number(ResourceBundle text, long n) {
        Locale locale = text.getLocale() == null || text.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : text.getLocale();
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    public Optional<String> askLine(String titleKey, String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(t(titleKey));
        d.setHeaderText(header);
        d.getEditor().setId("lineField");
        focusWhenShown(d, d.getEditor(), d.getEditor()::selectAll);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A note (several lines); the highlighted quote, when there is one, is shown above. */
    public Optional<String> askNote(String quote, String initial) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t("noteDialog.title"));
        d.setHeaderText(quote == null ? t("noteDialog.article") : "“" + abbreviate(quote) + "”");
        TextArea area = new TextArea(initial == null ? "" : initial);
        area.setId("noteField");
        area.setWrapText(true);
        area.setPrefRowCount(5);
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        focusWhenShown(d, area, area::end);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Edit a highlight's note and colour, or delete it. */
    public Optional<AnnotationChoice> editAnnotation(Annotation a) {
        Dialog<AnnotationChoice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t("annotationDialog.title"));
        d.setHeaderText("“" + abbreviate(a.quote()) + "”");
        TextArea note = new TextArea(a.note() == null ? "" : a.note());
        note.setId("annotationNote");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        ComboBox<String> color = colorChoice(a.color());
        ButtonType delete = new ButtonType(t("annotationDialog.delete"), ButtonBar.ButtonData.LEFT);
        d.getDialogPane().setContent(new VBox(6, new Label(t("annotationDialog.note")), note,
                new Label(t("annotationDialog.color")), color));
        d.getDialogPane().getButtonTypes().setAll(delete, ButtonType.OK, ButtonType.CANCEL);
        focusWhenShown(d, note, note::end);
        d.setResultConverter(b -> b == ButtonType.OK ? new AnnotationChoice(false, note.getText(), color.getValue())
                : b == delete ? new AnnotationChoice(true, null, null) : null);
        return d.showAndWait();
    }

    ComboBox<String> colorChoice(String current) {
        ComboBox<String> color = new ComboBox<>();
        color.getItems().setAll(HighlightColors.ORDER);
        color.setValue(current != null && HighlightColors.COLORS.containsKey(current) ? current : "yellow");
        color.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String c) {
                return c == null ? "" : t("color." + c);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return color;
    }

    public Optional<String> chooseTag(String header, List<String> choices) {
        if (choices.isEmpty()) return Optional.empty();
        ChoiceDialog<String> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(owner);
        d.setTitle(t("tag.merge"));
        d.setHeaderText(header);
        return d.showAndWait();
    }

    /** One of {@code choices}, titled by {@code titleKey}; empty when cancelled or nothing to choose. */
    public Optional<String> choose(String titleKey, List<String> choices) {
        if (choices.isEmpty()) return Optional.empty();
        ChoiceDialog<String> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(owner);
        d.setTitle(t(titleKey));
        d.setHeaderText(t(titleKey));
        return d.showAndWait();
    }

    /** A colour as {@code #rrggbb}; empty when cancelled. */
    public Optional<String> chooseColor(String header, String current) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t("tag.color"));
        d.setHeaderText(header);
        ColorPicker picker = new ColorPicker(HighlightColors.colorOf(current));
        d.getDialogPane().setContent(picker);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? hex(picker.getValue()) : null);
        return d.showAndWait();
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    public boolean confirm(String header) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText(header);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /**
     * A failure in the user's language: a sentence by kind, then the detail naming the file, id or query; the
     * details and the log folder a click away ({@link ErrorDetails}).
     */
    public void error(Throwable e) {
        Throwable cause = e.getCause() != null && !(e instanceof org.kliping.domain.KlipingException) ? e.getCause() : e;
        ErrorDetails.show(owner, text, t(errorKey(cause)), cause);
    }

    static String errorKey(Throwable e) {
        if (e instanceof org.kliping.domain.NotFoundException) return "error.notFound";
        if (e instanceof org.kliping.domain.InvalidInputException || e instanceof IllegalArgumentException) return "error.invalid";
        if (e instanceof org.kliping.domain.StorageException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException) return "error.storage";
        return "error.title";
    }

    /**
     * The import's end: counts, then every rejected file with its reason and every file already in the archive with
     * the title it holds, in a box that can be made larger.
     */
    public void importSummary(ImportReport r, List<ImportReport.Problem> duplicates) {
        Alert a = new Alert(r.rejected().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        a.initOwner(owner);
        a.setTitle(t("import.summaryTitle"));
        a.setResizable(true);
        a.setHeaderText(t(r.cancelled() ? "import.summaryCancelled" : "import.summary",
                r.imported(), r.duplicates(), r.rejected().size(), r.skipped().size()));
        if (!r.rejected().isEmpty() || !r.warnings().isEmpty() || !r.skipped().isEmpty() || !duplicates.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (ImportReport.Problem p : r.rejected()) sb.append(t("import.rejectedLine", p.path(), p.error())).append('\n');
            for (ImportReport.Problem p : duplicates) sb.append(t("import.duplicateLine", p.path(), p.error())).append('\n');
            for (ImportReport.Problem p : r.warnings()) sb.append(t("import.warningLine", p.path(), p.error())).append('\n');
            for (ImportReport.Problem p : r.skipped()) sb.append(t("import.skippedLine", p.path(), p.error())).append('\n');
            TextArea details = new TextArea(sb.toString().strip());
            details.setId("importProblems");
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(Math.min(14, Math.max(4, sb.toString().split("\n").length + 1)));
            details.setPrefColumnCount(72);
            a.getDialogPane().setContent(details);
        }
        a.show();
    }

    public void shortcuts() {
        twoColumns("shortcuts.title", "shortcuts.list", "shortcutList");
    }

    /** What the search box understands, with an example on each line. */
    public void searchSyntax() {
        twoColumns("searchSyntax.title", "searchSyntax.list", "searchSyntaxList");
    }

    /** A list of lines "left TAB right" from {@code listKey}, the left side bold. */
    private void twoColumns(String titleKey, String listKey, String id) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(t(titleKey));
        a.setHeaderText(t(titleKey));
        javafx.scene.layout.GridPane list = new javafx.scene.layout.GridPane();
        list.setId(id);
        list.setHgap(18);
        list.setVgap(4);
        int row = 0;
        for (String line : t(listKey).split("\n")) {
            String[] keyAndAction = line.split("\t", 2);
            Label key = new Label(keyAndAction[0]);
            key.setStyle("-fx-font-weight: bold;");
            list.addRow(row++, key, new Label(keyAndAction.length > 1 ? keyAndAction[1] : ""));
        }
        a.getDialogPane().setContent(list);
        a.show();
    }

    public static String abbreviate(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "…";
    }
}
