package org.kliping.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ArticleBundle;

class CsvExportTest {

    @TempDir
    Path dir;

    @Test
    void rowsAsTextGetTheByteOrderMarkQuotingAndTheFormulaGuardOfEveryExport() {
        String csv = CsvExport.text(List.of(List.of("row", "sentence"),
                Arrays.asList("1", "=HYPERLINK(\"http://x\")"), Arrays.asList("2", null), List.of("3", "a, \"b\"")));
        assertThat(csv).startsWith("\uFEFFrow,sentence\r\n")
                .contains("1,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n")
                .contains("2,\r\n")
                .endsWith("3,\"a, \"\"b\"\"\"\r\n");
    }

    @Test
    void articleRowsSurviveCommasQuotesAndLineBreaks() throws IOException {
        ArticleBundle tricky = ExportFixtures.withBody(9, "Harga \"naik\", kata menteri", "Baris satu, dua\n\n"
                + "Paragraf \"kedua\"\r\nakhir", List.of());
        Path file = dir.resolve("artikel.csv");
        CsvExport.writeArticles(file, List.of(ExportFixtures.kursk(), tricky));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactlyElementsOf(CsvExport.ARTICLE_COLUMNS);
        assertThat(rows.get(1)).containsExactly("42", "ext-42", "Putin Umumkan Perebutan Kembali Wilayah Kursk", "Sputnik",
                "", "Moskow", "2025-04-27", "https://example.id/kursk?a=1&b=2", "konflik/rusia-ukraina; korut", "2", "1",
                ExportFixtures.BODY);
        assertThat(rows.get(2)).containsExactly("9", "", "Harga \"naik\", kata menteri", "Kompas", "", "", "kemarin", "", "",
                "0", "0", "Baris satu, dua\n\nParagraf \"kedua\"\r\nakhir");
    }

    @Test
    void highlightRowsIncludeOrphans() throws IOException {
        Path file = dir.resolve("sorotan.csv");
        CsvExport.writeHighlights(file, List.of(ExportFixtures.kursk(), ExportFixtures.sparse()));
        List<List<String>> rows = parse(Files.readString(file).substring(1));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactlyElementsOf(CsvExport.HIGHLIGHT_COLUMNS);
        int start = ExportFixtures.BODY.indexOf("Korea Utara");
        assertThat(rows.get(1)).containsExactly("42", "Putin Umumkan Perebutan Kembali Wilayah Kursk", "Sputnik",
                "Korea Utara", "Pyongyang mengakui — “resmi” 🇰🇵", "yellow", String.valueOf(start),
                String.valueOf(start + 11), "anchored");
        assertThat(rows.get(2)).endsWith("kalimat yang sudah dihapus", "", "", "3", "9", "orphaned");
    }

    @Test
    void formulaCellsAreDefused() throws IOException {
        ArticleBundle evil = ExportFixtures.withBody(1, "=HYPERLINK(\"http://evil\",\"klik\")",
                "-2+3 adalah angka\n\n@SUM(A1)", List.of());
        Path file = dir.resolve("evil.csv");
        CsvExport.writeArticles(file, List.of(evil));
        List<String> row = parse(Files.readString(file).substring(1)).get(1);

        assertThat(row.get(2)).isEqualTo("'=HYPERLINK(\"http://evil\",\"klik\")");
        assertThat(row.get(11)).startsWith("'-2+3");
        assertThat(CsvWriter.defuseFormula("+62 812")).isEqualTo("'+62 812");
        assertThat(CsvWriter.defuseFormula("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.defuseFormula("Jakarta = ibu kota")).isEqualTo("Jakarta = ibu kota");
    }

    @Test
    void rowsEndWithCrLf() throws IOException {
        Path file = dir.resolve("a.csv");
        CsvExport.writeArticles(file, List.of(ExportFixtures.withBody(1, "Judul", "isi", List.of())));
        assertThat(Files.readString(file)).isEqualTo("\uFEFF" + String.join(",", CsvExport.ARTICLE_COLUMNS)
                + "\r\n1,,Judul,Kompas,,,kemarin,,,0,0,isi\r\n");
    }

    /** A strict RFC 4180 reader, independent of the writer under test. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertThat(cell).as("quote inside an unquoted field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare line break").isNotIn('\r', '\n');
                cell.append(c);
            }
        }
        assertThat(quoted).as("unterminated quote").isFalse();
        assertThat(row).as("last row ends with CRLF").isEmpty();
        return rows;
    }
}
