package org.kliping.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleBundle;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.Tag;

/** Bundles shared by the export tests: realistic text, unicode, nulls, an orphaned highlight. */
final class ExportFixtures {

    static final String BODY = "MOSKOW – Presiden Vladimir Putin mengumumkan bahwa pasukan Rusia berhasil merebut "
            + "kembali wilayah Kursk.\n\nJenderal Valery Gerasimov menyoroti kontribusi tentara Korea Utara "
            + "dalam membebaskan wilayah Kursk.\n\nPasukan Ukraina menderita lebih dari 76.000 korban jiwa.";

    private ExportFixtures() {
    }

    static ArticleBundle kursk() {
        Article article = new Article(42, "ext-42", "Putin Umumkan Perebutan Kembali Wilayah Kursk", false,
                "MOSKOW – Presiden Vladimir Putin mengumumkan", BODY, "Sputnik", "Moskow", LocalDate.of(2025, 4, 27),
                "Minggu, 27 April 2025", "https://example.id/kursk?a=1&b=2", "id", "seeds/000.txt",
                Instant.parse("2026-11-21T10:15:30.123456Z"), "ab12cd", true, false);
        int start = BODY.indexOf("Korea Utara");
        Annotation anchored = new Annotation(7, 42, start, start + "Korea Utara".length(), "Korea Utara",
                "kontribusi tentara ", " dalam", "Pyongyang mengakui — “resmi” 🇰🇵", "yellow",
                List.of("aktor/korut"), AnchorState.ANCHORED, Instant.parse("2026-11-21T11:00:00Z"));
        Annotation orphan = new Annotation(8, 42, 3, 9, "kalimat yang sudah dihapus", null, null, null, null,
                null, AnchorState.ORPHANED, null);
        return new ArticleBundle(article, (BODY + "\n").getBytes(StandardCharsets.UTF_8),
                List.of(new Tag("konflik/rusia-ukraina", "#c0392b", 3), new Tag("korut")),
                List.of(anchored, orphan),
                List.of(new ArticleNote(5, 42, "Bandingkan dengan laporan KCNA.\nBaris kedua.",
                        Instant.parse("2026-11-21T12:00:00Z"))));
    }

    /** Every optional field null, an original that is not UTF-8 (Windows-1252 bytes). */
    static ArticleBundle sparse() {
        Article article = new Article(43, null, "Judul saja", true, null, "", null, null, null, null, null, null,
                null, null, null, false, true);
        byte[] cp1252 = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'x', (byte) 0x94};
        return new ArticleBundle(article, cp1252, List.of(), List.of(), List.of());
    }

    static ArticleBundle withBody(long id, String title, String body, List<Annotation> annotations) {
        Article article = new Article(id, null, title, false, null, body, "Kompas", null, null, "kemarin", null, "id",
                null, null, null, false, false);
        return new ArticleBundle(article, body.getBytes(StandardCharsets.UTF_8), List.of(), annotations, List.of());
    }
}
