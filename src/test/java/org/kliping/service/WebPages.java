package org.kliping.service;

import java.util.Arrays;
import java.util.stream.Collectors;

/** News pages as Indonesian outlets lay them out, for clipping tests served by a loopback server. */
final class WebPages {
    private WebPages() {
    }

    /** A page with a canonical address (null for none), a headline, the paragraphs and page furniture around them. */
    static String article(String canonical, String title, String... paragraphs) {
        return pagedArticle(canonical, title, "", paragraphs);
    }

    /** With page links ({@code paging}) after the article. */
    static String pagedArticle(String canonical, String title, String paging, String... paragraphs) {
        String body = Arrays.stream(paragraphs).map(p -> "<p>" + p + "</p>").collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>%s - Berita Contoh</title>
                %s<meta property="og:site_name" content="Berita Contoh">
                <meta property="article:published_time" content="2026-12-07T08:00:00+07:00"></head>
                <body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
                <article><h1>%s</h1>
                %s
                </article>%s
                <footer><p>Hak cipta Berita Contoh. Seluruh hak dilindungi.</p></footer></body></html>"""
                .formatted(title, canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">", title, body, paging);
    }

    static final String[] FLOOD = {
            "JAKARTA - Banjir merendam puluhan rumah warga di bantaran Kali Ciliwung pada Senin pagi setelah hujan deras "
                    + "mengguyur Jakarta dan Bogor sejak Minggu malam.",
            "Kepala Badan Penanggulangan Bencana Daerah mengatakan ketinggian air mencapai 1,5 meter di beberapa titik "
                    + "dan sekitar 300 warga telah mengungsi ke masjid dan sekolah terdekat.",
            "Petugas gabungan mendirikan dapur umum dan posko kesehatan, sementara perahu karet dikerahkan untuk "
                    + "mengevakuasi warga lanjut usia dan anak-anak dari rumah yang terendam."};

    static final String[] ELECTION = {
            "BANDUNG - Komisi Pemilihan Umum provinsi menetapkan jadwal debat publik calon gubernur yang akan digelar "
                    + "tiga kali sepanjang masa kampanye bulan depan.",
            "Ketua komisi menyebut setiap debat disiarkan langsung oleh televisi nasional dan membahas tema ekonomi, "
                    + "pendidikan, serta tata kelola pemerintahan daerah.",
            "Tim pemenangan kedua pasangan calon menyatakan siap mengikuti seluruh rangkaian debat sesuai aturan yang "
                    + "telah disepakati bersama penyelenggara."};
}
