package org.kliping.story;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kliping.domain.Comparison;
import org.kliping.domain.ComparisonRow;
import org.kliping.domain.FigureClaim;

/**
 * Renders a story comparison as a Markdown table (for reading) or CSV (RFC 4180, for spreadsheets).
 * Rows are numbered: one counted thing can have two rows when its values are different quantities.
 */
final class ComparisonTable {
    private static final List<String> CSV_COLUMNS = List.of("row", "counted", "unit", "disagreement", "value", "value_text",
            "qualifier", "attributed_to", "outlet", "article_id", "sentence_start", "sentence_end", "sentence");

    private ComparisonTable() {
    }

    static String markdown(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("| What | Value | Qualifier | According to | Outlet | Article | Sentence |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        int number = 0;
        for (ComparisonRow row : c.rows()) {
            number++;
            String what = number + ". " + row.counted() + " (" + row.unit() + ")" + (row.disagreement() ? " **disagreement**" : "");
            for (FigureClaim claim : row.claims()) {
                sb.append("| ").append(cell(what))
                        .append(" | ").append(cell(claim.valueText()))
                        .append(" | ").append(cell(claim.qualifier()))
                        .append(" | ").append(cell(claim.attributedTo()))
                        .append(" | ").append(cell(claim.outlet()))
                        .append(" | ").append(claim.articleId()).append(" @").append(claim.sentenceStart())
                        .append('-').append(claim.sentenceEnd())
                        .append(" | ").append(cell(claim.sentence())).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** The table as rows of cells, the header first: written by the one CSV writer (ingest.CsvExport). */
    static List<List<String>> rows(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(CSV_COLUMNS);
        int number = 0;
        for (ComparisonRow row : c.rows()) {
            number++;
            for (FigureClaim claim : row.claims()) {
                rows.add(Arrays.asList(String.valueOf(number), row.counted(), row.unit(), String.valueOf(row.disagreement()),
                        plain(claim.value()), claim.valueText(), claim.qualifier(), claim.attributedTo(), claim.outlet(),
                        String.valueOf(claim.articleId()), String.valueOf(claim.sentenceStart()),
                        String.valueOf(claim.sentenceEnd()), claim.sentence()));
            }
        }
        return rows;
    }

    /** A Markdown cell: pipes escaped, line breaks flattened, empty for null. */
    private static String cell(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
