package org.kliping.ui.common;

import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;
import org.kliping.ui.shell.*;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The small pieces behind the window: settings file, language and theme choice, snippets, hits, seeds. */
public class UiSupportTest {

    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestartAndAreWrittenWithoutATemporaryLeftOver() throws Exception {
        UiPreferences prefs = UiPreferences.load(dir, dir.resolve("settings"));
        prefs.putDouble("window.width", 1024.5);
        prefs.put(UiPreferences.LAST_QUERY, "\"Kim Jong Un\" Rusia");
        prefs.snapshot().save();
        UiPreferences again = UiPreferences.load(dir, dir.resolve("settings"));
        assertThat(again.getDouble("window.width", 0)).isEqualTo(1024.5);
        assertThat(again.get(UiPreferences.LAST_QUERY)).contains("\"Kim Jong Un\" Rusia");
        assertThat(again.getDouble("missing", 7)).isEqualTo(7);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(UiPreferences.FILE_NAME, "settings");
        }
    }

    @Test
    void themeAndLanguageBelongToTheUserAndLayoutToTheArchive() throws Exception {
        Path settings = dir.resolve("config/kliping");
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        // an archive from before: its file still holds the theme, which it lends until the user chooses
        Files.writeString(first.resolve(UiPreferences.FILE_NAME), "theme=dark\nwindow.width=800\n");
        UiPreferences a = UiPreferences.load(first, settings);
        assertThat(a.get(UiPreferences.THEME)).contains("dark");
        a.put(UiPreferences.THEME, "light");
        a.put(UiPreferences.LANGUAGE, "id");
        a.putDouble("window.width", 900);
        a.snapshot().save();

        UiPreferences b = UiPreferences.load(second, settings);
        assertThat(b.get(UiPreferences.THEME)).contains("light");
        assertThat(b.get(UiPreferences.LANGUAGE)).contains("id");
        assertThat(b.getDouble("window.width", 0)).as("the layout stays with its archive").isZero();
        assertThat(Files.readString(settings.resolve(UiPreferences.USER_FILE_NAME))).contains("theme=light");
        assertThat(Files.readString(first.resolve(UiPreferences.FILE_NAME))).doesNotContain("theme").contains("window.width=900");
    }

    @Test
    void numbersFollowTheInterfaceLanguageNotTheJvmLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertThat(Dialogs.format(UiLanguage.INDONESIAN.bundle(), "list.count", 100_000)).isEqualTo("100.000 artikel");
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("id-ID"));
            assertThat(Dialogs.format(UiLanguage.ENGLISH.bundle(), "list.count", 100_000)).isEqualTo("100,000 articles");
            assertThat(Dialogs.date(UiLanguage.INDONESIAN.bundle(), java.time.LocalDate.of(2025, 5, 4))).isEqualTo("4 Mei 2025");
            assertThat(Dialogs.date(UiLanguage.ENGLISH.bundle(), java.time.LocalDate.of(2025, 5, 4))).isEqualTo("May 4, 2025");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void languageFollowsThePreferenceThenTheSystem() {
        assertThat(UiLanguage.resolve(null, Locale.forLanguageTag("id-ID"))).isEqualTo(UiLanguage.INDONESIAN);
        assertThat(UiLanguage.resolve("system", new Locale("in", "ID"))).isEqualTo(UiLanguage.INDONESIAN);
        assertThat(UiLanguage.resolve(null, Locale.US)).isEqualTo(UiLanguage.ENGLISH);
        assertThat(UiLanguage.resolve("id", Locale.US)).isEqualTo(UiLanguage.INDONESIAN);
        assertThat(UiLanguage.INDONESIAN.bundle().getString("menu.file")).isEqualTo("Berkas");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(UiLanguage.INDONESIAN.bundle().keySet()).isEqualTo(UiLanguage.ENGLISH.bundle().keySet());
    }

    @Test
    void themeFollowsThePreferenceThenTheDesktop() {
        assertThat(UiTheme.resolve("dark", Map.of())).isEqualTo(UiTheme.DARK);
        assertThat(UiTheme.resolve(null, Map.of("GTK_THEME", "Adwaita:dark"))).isEqualTo(UiTheme.DARK);
        assertThat(UiTheme.resolve("system", Map.of("GTK_THEME", "Adwaita"))).isEqualTo(UiTheme.LIGHT);
        assertThat(UiTheme.resolve("light", Map.of("KLIPING_THEME", "dark"))).isEqualTo(UiTheme.LIGHT);
        assertThat(UiTheme.DARK.stylesheetUrl()).endsWith("primer-dark.css");
    }

    @Test
    void snippetMarksBecomeMarkedPartsWithEntitiesDecoded() {
        List<SnippetText.Part> parts = SnippetText.parse("pasukan &quot;elit&quot; <mark>dibebaskan</mark> &amp; <mark>Bebas</mark>");
        assertThat(parts).containsExactly(new SnippetText.Part("pasukan \"elit\" ", false),
                new SnippetText.Part("dibebaskan", true), new SnippetText.Part(" & ", false),
                new SnippetText.Part("Bebas", true));
        assertThat(SnippetText.markedWords("<mark>dibebaskan</mark> x <mark>Bebas</mark>"))
                .containsExactly("dibebaskan", "bebas");
        assertThat(SnippetText.parse(null)).isEmpty();
    }

    @Test
    void hitsAreWholeWordsInOrder() {
        String body = "Kim Jong Un bertemu Putin. Kimchi bukan Kim.";
        assertThat(HitFinder.find(body, Set.of("kim", "putin")))
                .containsExactly(new HitFinder.Range(0, 3), new HitFinder.Range(20, 25), new HitFinder.Range(40, 43));
        String turkish = "İstanbul menyambut Putin";
        assertThat(HitFinder.find(turkish, Set.of("putin"))).containsExactly(new HitFinder.Range(19, 24));
        assertThat(HitFinder.queryWords("\"Kim Jong\" OR source:Kompas -Putin bebas*"))
                .containsExactlyInAnyOrder("kim jong", "bebas");
    }

    @Test
    void aPhraseIsOneHitWhereverItsWordsStandTogether() {
        String body = "Korea Utara dan Korea Selatan. Pasukan Korea\nUtara tiba.";
        assertThat(HitFinder.find(body, HitFinder.queryWords("\"korea utara\"")))
                .containsExactly(new HitFinder.Range(0, 11), new HitFinder.Range(39, 50));
        assertThat(HitFinder.queryWords("-\"korea utara\" source:\"Kompas TV\" \"perang\"")).containsExactly("perang");
    }

    @Test
    void failuresAreToldByKind() {
        assertThat(Dialogs.errorKey(new org.kliping.domain.NotFoundException("article 7"))).isEqualTo("error.notFound");
        assertThat(Dialogs.errorKey(new org.kliping.domain.InvalidInputException("empty note"))).isEqualTo("error.invalid");
        assertThat(Dialogs.errorKey(new org.kliping.domain.StorageException("disk full", null))).isEqualTo("error.storage");
        assertThat(Dialogs.errorKey(new IllegalStateException("?"))).isEqualTo("error.title");
    }

}
