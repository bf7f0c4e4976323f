package org.kliping.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 rows: CRLF line ends, a field quoted when it holds a comma, quote or line break,
 * quotes doubled. A field a spreadsheet would run as a formula is defused with a leading apostrophe.
 */
final class CsvWriter {

    /** Excel reads a file without it as the local code page and garbles every non-ASCII letter. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void writeByteOrderMark() throws IOException {
        out.write(BYTE_ORDER_MARK);
    }

    /** Writes one row; a null cell is written empty. */
    void writeRow(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            Object cell = cells.get(i);
            out.write(escape(cell == null ? "" : cell.toString()));
        }
        out.write("\r\n");
    }

    static String escape(String cell) {
        String safe = defuseFormula(cell);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /**
     * CSV injection (OWASP): a cell starting with = + - @ (or a tab or CR, which Excel skips before
     * looking) is taken as a formula that can run commands; an apostrophe makes it text.
     */
    static String defuseFormula(String cell) {
        if (cell.isEmpty()) return cell;
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }
}
