package org.kliping.story;

import java.util.List;
import java.util.Set;

/**
 * Who a sentence says its figures come from: {@code menurut X}, {@code kata X}, {@code klaim dari X},
 * {@code X mengatakan/memperkirakan ...}; {@code katanya} points back to the last source named.
 * One instance reads one article, sentence by sentence, in order.
 */
final class Attribution {
    private static final Set<String> ACCORDING_TO = Set.of("menurut");
    private static final Set<String> SAID = Set.of("kata", "ujar", "ucap", "tutur", "ungkap", "lapor", "jelas",
            "tegas", "imbuh", "tambah", "papar", "terang");
    private static final Set<String> SAID_BY_LAST = Set.of("katanya", "ujarnya", "ucapnya", "tuturnya", "ungkapnya",
            "jelasnya", "tegasnya", "imbuhnya", "tambahnya", "paparnya", "terangnya", "lapornya");
    private static final Set<String> SOURCE_NOUNS = Set.of("klaim", "data", "laporan", "informasi", "keterangan",
            "perkiraan", "estimasi", "catatan", "sumber");
    private static final Set<String> REPORTING_VERBS = Set.of("mengatakan", "menyatakan", "memperkirakan",
            "melaporkan", "menyebutkan", "menyebut", "mengklaim", "mengungkapkan", "mengungkap", "menjelaskan",
            "menegaskan", "menambahkan", "mencatat", "mengumumkan", "menuturkan", "memperingatkan", "menduga",
            "mengonfirmasi", "mengkonfirmasi", "membenarkan", "memaparkan", "menerangkan", "merilis");
    /** Words that end the name of a source: what follows is time, manner or the claim itself. */
    private static final Set<String> SOURCE_END = Set.of("bahwa", "pada", "dengan", "saat", "ketika", "yang",
            "seperti", "dalam", "kepada", "sebelumnya", "juga", "telah", "sudah", "kemarin", "hari", "pekan",
            "tersebut", "itu", "menunjukkan", "mengatakan", "menyatakan", "memperkirakan", "melaporkan");
    private static final Set<String> PRONOUNS = Set.of("mereka", "ia", "dia", "kami", "kita", "beliau", "pihaknya",
            "hal", "ini", "itu", "dikatakan");
    private static final int SUBJECT_REACH = 10;
    private static final int MAX_SOURCE_WORDS = 10;

    private final String body;
    private String last;

    Attribution(String body) {
        this.body = body;
    }

    /** The source of the sentence made of {@code words}, or null; remembers it for a later "katanya". */
    String of(List<Word> words) {
        String found = explicit(words);
        if (found == null) found = subject(words);
        if (found != null) {
            last = found;
            return found;
        }
        for (int k = 1; k < words.size(); k++) {
            if (SAID_BY_LAST.contains(words.get(k).lower()) && afterPause(words, k)) return last;
        }
        return null;
    }

    private String explicit(List<Word> words) {
        for (int k = 0; k < words.size() - 1; k++) {
            String w = words.get(k).lower();
            if (ACCORDING_TO.contains(w)) return source(words, skipSourceNoun(words, k + 1));
            if (SAID.contains(w) && afterPause(words, k)) return source(words, k + 1);
            if (SOURCE_NOUNS.contains(w) && words.get(k + 1).lower().equals("dari")) return source(words, k + 2);
        }
        return null;
    }

    /** "Pejabat Ukraina memperkirakan ...", "Pasukan Operasi Khusus Ukraina pada 24 April melaporkan ...". */
    private String subject(List<Word> words) {
        for (int v = 1; v < Math.min(words.size(), SUBJECT_REACH); v++) {
            if (!REPORTING_VERBS.contains(words.get(v).lower())) continue;
            int end = v;
            for (int k = 0; k < v; k++) {
                if (SOURCE_END.contains(words.get(k).lower())) {
                    end = k;
                    break;
                }
            }
            if (end == 0 || PRONOUNS.contains(words.get(0).lower())) return null;
            return withoutDateline(text(words, 0, end));
        }
        return null;
    }

    /** "Jakarta, CNN Indonesia -- PT Pertamina (Persero)": the subject is what follows the dateline. */
    private static String withoutDateline(String subject) {
        String s = subject;
        for (String dash : new String[] {"--", " - ", " – ", " — "}) {
            int at = s.lastIndexOf(dash);
            if (at >= 0) s = s.substring(at + dash.length());
        }
        int paren = s.indexOf('(');
        if (paren > 0) s = s.substring(0, paren);
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    /** "menurut data dari pemerintah Ukraina" names the government, not the data. */
    private static int skipSourceNoun(List<Word> words, int k) {
        if (k + 1 < words.size() && SOURCE_NOUNS.contains(words.get(k).lower())
                && words.get(k + 1).lower().equals("dari")) {
            return k + 2;
        }
        return k;
    }

    /** The source named from word {@code from}: up to a clause end, keeping lists of names whole. */
    private String source(List<Word> words, int from) {
        int end = from;
        while (end < words.size() && end - from < MAX_SOURCE_WORDS) {
            Word w = words.get(end);
            if (end > from && SOURCE_END.contains(w.lower())) break;
            if (end > from && commaBefore(words, end) && !listContinues(words, end)) break;
            end++;
        }
        return end > from ? text(words, from, end) : null;
    }

    /** After a comma, "Ukraina, dan Barat" continues a list of sources; "Korut telah ..." does not. */
    private boolean listContinues(List<Word> words, int k) {
        String w = words.get(k).lower();
        if ((w.equals("dan") || w.equals("serta")) && k + 1 < words.size()) return words.get(k + 1).capitalised();
        if (!words.get(k).capitalised()) return false;
        int j = k;
        while (j + 1 < words.size() && words.get(j + 1).capitalised() && !commaBefore(words, j + 1)) j++;
        if (j + 1 >= words.size()) return true;
        String after = words.get(j + 1).lower();
        return commaBefore(words, j + 1) || after.equals("dan") || after.equals("serta");
    }

    private boolean commaBefore(List<Word> words, int k) {
        return body.substring(words.get(k - 1).end(), words.get(k).start()).contains(",");
    }

    /** "..., kata X" and "...," ujarnya": the verb follows a comma or a closing quote. */
    private boolean afterPause(List<Word> words, int k) {
        if (k == 0) return false;
        String gap = body.substring(words.get(k - 1).end(), words.get(k).start());
        return gap.contains(",") || gap.contains("\"") || gap.contains("”");
    }

    private String text(List<Word> words, int from, int to) {
        return body.substring(words.get(from).start(), words.get(to - 1).end());
    }
}
