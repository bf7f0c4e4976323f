package org.kliping.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kliping.domain.Article;
import org.kliping.domain.Figure;

/**
 * Finds the figures an article reports: a number, what it counts ({@code 14.000 tentara},
 * {@code 37 dari 64 permukiman}, {@code Rp 2,3 triliun}), the qualifier before it ({@code sekitar}, {@code lebih dari}) and
 * the source the sentence names. Dates, years, clause numbers and bare numbers are not figures.
 */
public final class FigureExtractor {
    /** Digits not glued to letters, slashes or other digits: "(28/4)" and "S-01" are not figures. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.,\\-])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?![\\p{N}/]|[.,]\\d)");
    private static final Set<String> NOT_BEFORE = Set.of("pasal", "ayat", "tahun", "pukul", "jam", "tanggal",
            "nomor", "no", "halaman", "ke", "edisi", "versi", "seri", "bab", "abad", "usia", "umur", "nomer",
            "kode", "tipe", "model", "jilid", "periode", "angkatan", "kelas", "level", "lantai", "rt", "rw");
    private static final Set<String> NOT_AFTER = Set.of("januari", "februari", "maret", "april", "mei", "juni",
            "juli", "agustus", "september", "oktober", "november", "desember", "wib", "wita", "wit");
    private static final Set<String> KILLED_BEFORE = Set.of("membunuh", "menewaskan", "tewaskan", "bunuh",
            "menembak", "merenggut");
    private static final Map<String, String> OUTCOMES = Map.of("tewas", "tewas", "meninggal", "tewas",
            "terbunuh", "tewas", "gugur", "tewas", "terluka", "terluka", "luka-luka", "terluka", "hilang", "hilang",
            "ditangkap", "ditangkap", "ditahan", "ditangkap", "mengungsi", "mengungsi");
    private static final int KILLED_REACH = 8;
    /** Counts of two thousand are written "2.016"; a bare 19xx or 20xx is a year. */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final CountedNouns nouns = new CountedNouns();
    private final Set<String> stopwords = BundledList.lowerSet("stopwords.txt");
    private final Qualifiers qualifiers = new Qualifiers();

    public List<Figure> extract(Article a) {
        String body = a.body();
        Attribution attribution = new Attribution(body);
        List<Figure> out = new ArrayList<>();
        for (TextSpan sentence : SentenceSplitter.split(body)) {
            List<Word> words = Word.in(body, sentence);
            String source = attribution.of(words);
            for (Reading r : readings(body, sentence, words)) {
                out.add(new Figure(a.id(), r.value, r.valueText, r.noun.unit(), r.counted, r.qualifier, source,
                        sentence.start(), sentence.end(), sentence.of(body)));
            }
        }
        return out;
    }

    /** A number read in a sentence, before the source is attached. */
    private record Reading(double value, String valueText, CountedNouns.Noun noun, String counted, String qualifier,
                           int end) {
    }

    private List<Reading> readings(String body, TextSpan sentence, List<Word> words) {
        List<Reading> out = new ArrayList<>();
        int consumed = -1;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.start() < consumed) continue;
            Reading r = null;
            if (Character.isDigit(w.text().charAt(0))) {
                r = digits(body, sentence, words, i);
            } else if (IndonesianNumber.spelled(w.text()) != null) {
                r = spelled(body, words, i);
            }
            if (r != null) {
                out.add(r);
                consumed = r.end();
            }
        }
        return out;
    }

    private Reading digits(String body, TextSpan sentence, List<Word> words, int i) {
        Matcher m = NUMBER.matcher(body).region(words.get(i).start(), sentence.end());
        m.useTransparentBounds(true);
        if (!m.lookingAt()) return null;
        int next = firstWordFrom(words, i, m.end());
        if (i > 0 && NOT_BEFORE.contains(words.get(i - 1).lower())) return null;
        double value = IndonesianNumber.parse(m.group(1));
        int textEnd = m.end();
        if (next < words.size() && IndonesianNumber.multiplier(words.get(next).text()) != null) {
            value *= IndonesianNumber.multiplier(words.get(next).text());
            textEnd = words.get(next).end();
            next++;
        } else if (next < words.size() && words.get(next).lower().equals("dari") && next + 1 < words.size()
                && words.get(next + 1).numeric()) {
            textEnd = words.get(next + 1).end();
            next = firstWordFrom(words, next + 1, numberEnd(body, words.get(next + 1).start(), sentence.end()));
        }
        if (next < words.size() && NOT_AFTER.contains(words.get(next).lower())) return null;
        String currency = Money.currencyBefore(words, i);
        int first = currency == null ? i : i - 1;
        if (currency == null && Money.currencyAfter(words, next) != null) {
            currency = Money.currencyAfter(words, next);
            textEnd = words.get(next).end();
        }
        if (currency != null) {
            return new Reading(value, body.substring(words.get(first).start(), textEnd), new CountedNouns.Noun("uang", currency, 0),
                    Money.counted(words, first, stopwords), qualifiers.before(body, words, first), textEnd);
        }
        if (YEAR.matcher(m.group(1)).matches()) return null;
        CountedNouns.Noun noun = textEnd < body.length() && body.charAt(textEnd) == '%'
                ? new CountedNouns.Noun("persentase", "persen", 0) : next < words.size() ? nouns.at(words, next, body) : null;
        if (noun == null) return null;
        String qualifier = qualifiers.before(body, words, i);
        String counted = counted(body, words, i, next + noun.words(), noun);
        return new Reading(value, body.substring(words.get(i).start(), textEnd), noun, counted, qualifier, textEnd);
    }

    /** Spelled numbers ("empat permukiman") count only before a known noun: "dua negara" is too loose otherwise. */
    private Reading spelled(String body, List<Word> words, int i) {
        if (i + 1 >= words.size()) return null;
        CountedNouns.Noun noun = nouns.at(words, i + 1, body);
        if (noun == null || noun.unit().equals("orang") && noun.counted().equals("orang")) return null;
        if (noun.counted().equals("durasi")) return null;
        String counted = counted(body, words, i, i + 1 + noun.words(), noun);
        return new Reading(IndonesianNumber.spelled(words.get(i).text()), words.get(i).text(), noun, counted,
                qualifiers.before(body, words, i), words.get(i).end());
    }

    /** "6.000 tentara tewas" and "membunuh ... 25 tentara" count the dead, not the troops sent. */
    private String counted(String body, List<Word> words, int number, int afterNoun, CountedNouns.Noun noun) {
        if (!noun.unit().equals("orang")) return noun.counted();
        int k = afterNoun;
        while (k < words.size() && k - afterNoun < 2 && words.get(k).capitalised() && spaced(body, words, k)) k++;
        if (k < words.size() && spaced(body, words, k) && OUTCOMES.containsKey(words.get(k).lower())) {
            return noun.counted() + " " + OUTCOMES.get(words.get(k).lower());
        }
        for (int b = Math.max(0, number - KILLED_REACH); b < number; b++) {
            if (KILLED_BEFORE.contains(words.get(b).lower()) && !noun.counted().endsWith("tewas")) {
                return noun.counted() + " tewas";
            }
        }
        return noun.counted();
    }

    private static boolean spaced(String body, List<Word> words, int k) {
        return k > 0 && body.substring(words.get(k - 1).end(), words.get(k).start()).isBlank();
    }

    private static int numberEnd(String body, int from, int limit) {
        Matcher m = NUMBER.matcher(body).region(from, limit);
        return m.lookingAt() ? m.end() : from + 1;
    }

    private static int firstWordFrom(List<Word> words, int from, int offset) {
        int k = from;
        while (k < words.size() && words.get(k).start() < offset) k++;
        return k;
    }
}
