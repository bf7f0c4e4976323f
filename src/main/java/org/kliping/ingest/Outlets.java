package org.kliping.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outlet a page belongs to, from its address: Indonesian outlets by the name they sign with (the one their
 * datelines use, so an article clipped from the site and one pasted from its text agree), else the page's own
 * {@code og:site_name}. A host nobody named is left to the dateline, then to the host itself.
 */
final class Outlets {
    /** Host (without "www.") or its registered domain, to the outlet's name. Sub-sites first. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("news.detik.com", "detikNews"), Map.entry("finance.detik.com", "detikFinance"),
            Map.entry("sport.detik.com", "detikSport"), Map.entry("hot.detik.com", "detikHot"),
            Map.entry("inet.detik.com", "detikInet"), Map.entry("oto.detik.com", "detikOto"),
            Map.entry("health.detik.com", "detikHealth"), Map.entry("travel.detik.com", "detikTravel"),
            Map.entry("food.detik.com", "detikFood"), Map.entry("detik.com", "detikcom"),
            Map.entry("kompas.com", "Kompas.com"), Map.entry("kompas.id", "Kompas.id"),
            Map.entry("tempo.co", "Tempo.co"), Map.entry("antaranews.com", "ANTARA News"),
            Map.entry("liputan6.com", "Liputan6.com"), Map.entry("okezone.com", "Okezone"),
            Map.entry("republika.co.id", "Republika"), Map.entry("kapanlagi.com", "KapanLagi.com"),
            Map.entry("viva.co.id", "VIVA.co.id"), Map.entry("cnnindonesia.com", "CNN Indonesia"),
            Map.entry("cnbcindonesia.com", "CNBC Indonesia"), Map.entry("tribunnews.com", "Tribunnews.com"),
            Map.entry("kumparan.com", "kumparan"), Map.entry("merdeka.com", "Merdeka.com"),
            Map.entry("suara.com", "Suara.com"), Map.entry("sindonews.com", "SINDOnews"),
            Map.entry("jpnn.com", "JPNN.com"), Map.entry("bisnis.com", "Bisnis.com"),
            Map.entry("mediaindonesia.com", "Media Indonesia"), Map.entry("beritasatu.com", "BeritaSatu"),
            Map.entry("idntimes.com", "IDN Times"), Map.entry("tirto.id", "Tirto.id"),
            Map.entry("katadata.co.id", "Katadata"), Map.entry("kontan.co.id", "Kontan"),
            Map.entry("thejakartapost.com", "The Jakarta Post"), Map.entry("inews.id", "iNews.id"),
            Map.entry("fimela.com", "Fimela"), Map.entry("bola.net", "Bola.net"), Map.entry("bola.com", "Bola.com"),
            Map.entry("vivanews.com", "VIVA.co.id"), Map.entry("jawapos.com", "Jawa Pos"),
            Map.entry("pikiran-rakyat.com", "Pikiran Rakyat"), Map.entry("kompas.tv", "Kompas TV"),
            Map.entry("metrotvnews.com", "Metro TV News"), Map.entry("medcom.id", "Medcom.id"));

    private Outlets() {
    }

    /** The outlet's name for a host ("news.detik.com", "www.kompas.com"), or the site's own name, or empty. */
    static Optional<String> name(String host, String siteName) {
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT);
            if (h.startsWith("www.")) h = h.substring(4);
            while (true) {
                String known = NAMES.get(h);
                if (known != null) return Optional.of(known);
                int dot = h.indexOf('.');
                if (dot < 0 || h.indexOf('.', dot + 1) < 0) break;
                h = h.substring(dot + 1);
            }
        }
        return Optional.ofNullable(siteName).map(String::strip).filter(s -> !s.isEmpty());
    }
}
