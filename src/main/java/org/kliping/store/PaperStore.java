package org.kliping.store;

import org.kliping.domain.OcrInfo;
import org.kliping.domain.PaperScan;
import org.kliping.domain.StorageException;
import org.kliping.domain.WordBox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What articles read from paper keep beside their text (table {@code article_paper}): media type, OCR details and
 * word boxes, one row per article, always read and written whole. Deleting the article deletes the row.
 */
public final class PaperStore {
    private final Database db;

    public PaperStore(Database db) {
        this.db = db;
    }

    /** Stores (or replaces) the scans of several articles in one transaction; joins an outer one. */
    public void putAll(Map<Long, PaperScan> scans) {
        if (scans.isEmpty()) return;
        db.inTransaction(c -> {
            for (var e : scans.entrySet()) {
                PaperScan s = e.getValue();
                OcrInfo ocr = s.ocr();
                Rows.update(c, """
                        INSERT OR REPLACE INTO article_paper (article_id, media_type, ocr_engine, ocr_languages,
                            ocr_confidence, dpi, words) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                        e.getKey(), s.mediaType(), ocr == null ? null : ocr.engine(),
                        ocr == null ? null : String.join("+", ocr.languages()), ocr == null ? null : ocr.confidence(),
                        s.dpi(), encode(s.words()));
            }
            return null;
        });
    }

    public void put(long articleId, PaperScan scan) {
        putAll(Map.of(articleId, scan));
    }

    public Optional<PaperScan> get(long articleId) {
        return db.call(c -> Rows.one(c, """
                SELECT media_type, ocr_engine, ocr_languages, ocr_confidence, dpi, words
                FROM article_paper WHERE article_id = ?""", PaperStore::map, articleId));
    }

    /** The media type of the paper original, when the article was read from paper. */
    public Optional<String> mediaType(long articleId) {
        return db.call(c -> Rows.one(c, "SELECT media_type FROM article_paper WHERE article_id = ?",
                rs -> rs.getString(1), articleId));
    }

    /** Runs store calls as one transaction (an import batch's articles and their scans). */
    public void transaction(Runnable work) {
        db.transaction(work);
    }

    private static PaperScan map(ResultSet rs) throws SQLException {
        String engine = rs.getString(2);
        OcrInfo ocr = engine == null ? null : new OcrInfo(engine,
                Arrays.asList(rs.getString(3) == null ? new String[0] : rs.getString(3).split("\\+")), rs.getDouble(4));
        return new PaperScan(rs.getString(1), ocr, rs.getInt(5), decode(rs.getString(6)));
    }

    /** A line per word, tab-separated; words never hold tabs or line breaks (they are split on white space). */
    static String encode(List<WordBox> words) {
        StringBuilder out = new StringBuilder(words.size() * 32);
        for (WordBox w : words) {
            out.append(w.page()).append('\t').append(w.x()).append('\t').append(w.y()).append('\t')
                    .append(w.width()).append('\t').append(w.height()).append('\t').append(w.confidence()).append('\t')
                    .append(w.start()).append('\t').append(w.end()).append('\t')
                    .append(w.text().replaceAll("[\\t\\n\\r]", " ")).append('\n');
        }
        return out.toString();
    }

    static List<WordBox> decode(String text) {
        List<WordBox> words = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", 9);
            if (f.length != 9) throw new StorageException("damaged word box: " + line, null);
            words.add(new WordBox(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[8], Float.parseFloat(f[5]),
                    Integer.parseInt(f[6]), Integer.parseInt(f[7])));
        }
        return words;
    }
}
