package org.kliping.reliability;

import org.kliping.cli.CliRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Sample files of every format the importers read: the seeds plus HTML, Markdown, JSON, JSONL and zip. */
final class HostileSamples {

    static final String HTML = """
            <!DOCTYPE html><html><head><title>Banjir di Jakarta</title>
            <script>alert('jalan')</script><style>body{color:red}</style></head>
            <body><article><h1>Banjir Rendam Jakarta</h1>
            <p>JAKARTA, KOMPAS — Hujan deras sejak malam merendam ratusan rumah di Jakarta Timur.</p>
            <iframe src="https://iklan.example/x"></iframe>
            <p onclick="steal()">Warga mengungsi ke <a href="javascript:alert(1)">posko</a> terdekat,
            kata petugas. <img src=x onerror="alert(2)"><script>document.write('<b>tulis</b>')</script></p>
            <p>Pemerintah daerah menyiapkan pompa air <object data="x.swf"></object> tambahan.</p>
            <svg><script>alert(3)</script></svg><noscript><p>aktifkan javascript</p></noscript>
            </article></body></html>
            """;

    static final String MARKDOWN = """
            # Harga Beras Naik

            **Tempo** — Harga beras di *pasar* tradisional naik sepuluh persen pekan ini.

            > Pedagang mengeluh pasokan dari petani berkurang.

            - Beras medium: Rp 13.000
            - Beras premium: Rp 15.000

            [Baca juga](javascript:alert(1)) dan <script>alert('md')</script> selengkapnya.
            """;

    static final String JSON_OBJECT = """
            {"id":"j1","title":"Nelayan Melaut Lagi","source":"Antara","date":"2024-03-05",
             "body":"Nelayan di pesisir utara kembali melaut setelah cuaca membaik.\\n\\nHasil tangkapan meningkat."}
            """;

    static final String JSON_ARRAY = """
            [{"title":"Satu","body":"Kereta cepat mulai beroperasi pekan depan di Bandung."},
             {"title":"Dua","body":"Sekolah di daerah terpencil menerima bantuan buku pelajaran."}]
            """;

    static final String JSONL = """
            {"id":"l1","title":"Pasar Murah","body":"Pasar murah digelar di alun-alun kota selama tiga hari."}
            {"id":"l2","title":"Jalan Rusak","body":"Warga memperbaiki jalan desa yang rusak secara gotong royong."}
            {"id":"l3","title":"Panen Raya","body":"Petani merayakan panen raya dengan syukuran di balai desa."}
            """;

    private HostileSamples() {
    }

    /** Writes every sample into {@code dir}; returns them by file name. */
    static Map<String, byte[]> write(Path dir) {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        try (Stream<Path> seeds = Files.list(CliRunner.seeds())) {
            for (Path seed : seeds.sorted().toList()) samples.put(seed.getFileName().toString(), Files.readAllBytes(seed));
            samples.put("banjir.html", utf8(HTML));
            samples.put("beras.md", utf8(MARKDOWN));
            samples.put("nelayan.json", utf8(JSON_OBJECT));
            samples.put("dua.json", utf8(JSON_ARRAY));
            samples.put("tiga.jsonl", utf8(JSONL));
            samples.put("campur.zip", zip(Map.of("a/banjir.html", utf8(HTML), "b/tiga.jsonl", utf8(JSONL),
                    "c/beras.md", utf8(MARKDOWN))));
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> e : samples.entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
