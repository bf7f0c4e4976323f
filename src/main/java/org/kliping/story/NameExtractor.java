package org.kliping.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kliping.domain.Article;
import org.kliping.domain.NameKind;
import org.kliping.domain.NameMention;

/**
 * Finds people, places and organisations in an article body without a trained model: capitalised
 * phrases, matched against a gazetteer and the aliases, typed by titles ({@code Presiden},
 * {@code juru bicara}), head words ({@code Kementerian ...}, {@code Wilayah ...}) and cue words
 * ({@code di}, {@code kata}), then checked article-wide ({@link NameResolver}).
 */
public final class NameExtractor {
    /** Words between a title and the name it introduces ("juru bicara Kemenlu Rusia, Maria Zakharova"). */
    private static final int TITLE_REACH = 6;

    private final Aliases aliases;
    private final Gazetteer gazetteer;
    private final NameRules rules;

    public NameExtractor(Aliases aliases) {
        this.aliases = aliases;
        this.gazetteer = Gazetteer.bundled();
        this.rules = new NameRules();
    }

    /** The names in the article's body, in text order; offsets count in {@link Article#body()}. */
    public List<NameMention> extract(Article a) {
        String body = a.body();
        Set<String> lowerCaseWords = lowerCaseWords(body);
        List<NameCandidate> candidates = new ArrayList<>();
        for (TextSpan sentence : SentenceSplitter.split(body)) {
            candidates.addAll(new SentenceScan(body, Word.in(body, sentence), lowerCaseWords).run());
        }
        return NameResolver.resolve(a.id(), candidates);
    }

    /** Words the article also writes in lower case: capitalised at a sentence start, they are common words. */
    private static Set<String> lowerCaseWords(String body) {
        Set<String> out = new HashSet<>();
        for (Word w : Word.in(body, new TextSpan(0, body.length()))) {
            if (Character.isLowerCase(w.text().codePointAt(0))) out.add(w.text());
        }
        return out;
    }

    /** The alias target, spelled as the gazetteer spells it ("MOSKOW" gives "Moskow"). */
    String canonicalOf(String phrase) {
        String canonical = aliases.canonical(phrase);
        return gazetteer.find(canonical).map(Gazetteer.Entry::name).orElse(canonical);
    }

    /** The kind the gazetteer gives a canonical name, if it knows it. */
    Optional<NameKind> knownKind(String canonical) {
        return gazetteer.find(canonical).map(Gazetteer.Entry::kind);
    }

    /** One pass over the words of one sentence. */
    private final class SentenceScan {
        private final String body;
        private final List<Word> words;
        private final Set<String> lowerCaseWords;
        private final List<NameCandidate> out = new ArrayList<>();
        private int titleEnd = -1;

        SentenceScan(String body, List<Word> words, Set<String> lowerCaseWords) {
            this.body = body;
            this.words = words;
            this.lowerCaseWords = lowerCaseWords;
        }

        List<NameCandidate> run() {
            int i = 0;
            while (i < words.size()) i = step(i);
            return out;
        }

        private int step(int i) {
            Word w = words.get(i);
            int known = w.capitalised() ? knownLength(i, words.size()) : 0;
            if (known > 0) return emitKnown(i, known);
            int title = rules.titleLength(words, i);
            if (title > 0) {
                titleEnd = i + title;
                return i + title;
            }
            if (!w.capitalised() || w.hasDigit() || rules.neverName(w)) return i + 1;
            int head = rules.headLength(words, i);
            if (head > 0) return emitHeaded(i, head);
            if (isInitial(i) && lowerCaseWords.contains(w.lower())) return i + 1;
            return emitUnknown(i, unknownEnd(i));
        }

        private int emitKnown(int i, int length) {
            String canonical = canonicalOf(text(i, i + length));
            NameKind kind = knownKind(canonical).orElse(null);
            int place = i + length < words.size() && connected(i + length) ? knownLength(i + length, words.size()) : 0;
            if (kind == NameKind.ORGANISATION && place > 0
                    && knownKind(canonicalOf(text(i + length, i + length + place))).orElse(null) == NameKind.PLACE) {
                return emitOrganisationOfPlace(i, length, place, canonical);
            }
            if (kind == NameKind.PERSON) titleEnd = -1;
            out.add(new NameCandidate(canonical, kind, start(i), end(i + length), false, length == 1));
            return i + length;
        }

        /** "Kementerian Luar Negeri" + "AS" is the US State Department, and the US is still named. */
        private int emitOrganisationOfPlace(int i, int length, int place, String organisation) {
            String canonical = canonicalOf(organisation + " " + canonicalOf(text(i + length, i + length + place)));
            int end = i + length + place;
            out.add(new NameCandidate(canonical, NameKind.ORGANISATION, start(i), end(end), false, false));
            emitNestedKnown(i + length, end);
            return end;
        }

        /** "Kementerian Luar Negeri Rusia" is one organisation; "Pasukan Korea Utara" is just a place. */
        private int emitHeaded(int i, int head) {
            int end = i + head;
            while (end < words.size() && connected(end) && continuesName(end)) end++;
            NameKind kind = rules.headKind(words, i, head);
            if (end == i + head || coveredByKnown(i + head, end)) return i + head;
            if (kind == NameKind.PLACE) return emitUnknownAs(i + head, end, NameKind.PLACE);
            String canonical = canonicalOf(text(i, end));
            out.add(new NameCandidate(canonical, knownKind(canonical).orElse(kind), start(i), end(end), false, false));
            emitNestedKnown(i + head, end);
            return end;
        }

        private int emitUnknown(int i, int end) {
            NameKind kind = null;
            boolean byTitle = titleReaches(i);
            if (byTitle) {
                kind = NameKind.PERSON;
                titleEnd = -1;
            } else {
                kind = rules.cueBefore(words, i);
            }
            if (kind == null && end - i == 1 && words.get(i).text().matches("\\p{Lu}{2,}")) kind = NameKind.ORGANISATION;
            boolean initialOnly = !byTitle && end - i == 1 && isInitial(i);
            String canonical = canonicalOf(text(i, end));
            kind = knownKind(canonical).orElse(kind);
            out.add(new NameCandidate(canonical, kind, start(i), end(end), initialOnly, end - i == 1));
            return end;
        }

        /** A title reaches a name when only names (and punctuation) stand between them. */
        private boolean titleReaches(int i) {
            if (titleEnd < 0 || i - titleEnd > TITLE_REACH) return false;
            for (int k = titleEnd; k < i; k++) {
                if (!words.get(k).capitalised()) return false;
            }
            return true;
        }

        private int emitUnknownAs(int i, int end, NameKind kind) {
            String canonical = canonicalOf(text(i, end));
            out.add(new NameCandidate(canonical, knownKind(canonical).orElse(kind), start(i), end(end), false, end - i == 1));
            return end;
        }

        private void emitNestedKnown(int from, int to) {
            for (int k = from; k < to; k++) {
                int known = knownLength(k, to);
                if (known > 0) {
                    String canonical = canonicalOf(text(k, k + known));
                    NameKind kind = knownKind(canonical).orElse(null);
                    if (kind == NameKind.PLACE) out.add(new NameCandidate(canonical, kind, start(k), end(k + known), false, known == 1));
                    k += known - 1;
                }
            }
        }

        private int unknownEnd(int i) {
            int end = i + 1;
            while (end < words.size() && connected(end) && continuesName(end)
                    && knownLength(end, words.size()) == 0 && rules.headLength(words, end) == 0) {
                end++;
            }
            return end;
        }

        private boolean continuesName(int k) {
            Word w = words.get(k);
            if (rules.isConnector(w)) return k + 1 < words.size() && connected(k + 1) && words.get(k + 1).capitalised();
            return w.capitalised() && !w.hasDigit() && !rules.neverName(w) && rules.titleLength(words, k) == 0;
        }

        private boolean coveredByKnown(int from, int to) {
            int k = from;
            while (k < to) {
                int known = knownLength(k, to);
                if (known == 0) return false;
                k += known;
            }
            return true;
        }

        /** Longest gazetteer name or alias starting at {@code i}, not past {@code limit}. */
        private int knownLength(int i, int limit) {
            int max = Math.min(Gazetteer.MAX_WORDS, limit - i);
            for (int len = max; len > 0; len--) {
                if (len > 1 && !connected(i + len - 1)) continue;
                if (len > 1 && !allCapitalisedOrConnected(i, i + len)) continue;
                String phrase = text(i, i + len);
                if (aliases.isAlias(phrase) || gazetteer.find(phrase).isPresent()) return len;
            }
            return 0;
        }

        private boolean allCapitalisedOrConnected(int from, int to) {
            for (int k = from; k < to; k++) {
                if (k > from && !connected(k)) return false;
                if (!words.get(k).capitalised() && !rules.isConnector(words.get(k))) return false;
            }
            return true;
        }

        /** Word {@code k} follows word {@code k-1} with nothing but one space between them. */
        private boolean connected(int k) {
            return k > 0 && words.get(k).start() - words.get(k - 1).end() == 1
                    && body.charAt(words.get(k).start() - 1) == ' ';
        }

        /** First word of the sentence, or first after an opening quote, colon or dash. */
        private boolean isInitial(int i) {
            if (i == 0) return true;
            String gap = body.substring(words.get(i - 1).end(), words.get(i).start());
            return gap.chars().anyMatch(c -> "\"“‘:–—-".indexOf(c) >= 0);
        }

        private String text(int from, int to) {
            return body.substring(start(from), end(to));
        }

        private int start(int i) {
            return words.get(i).start();
        }

        private int end(int toExclusive) {
            return words.get(toExclusive - 1).end();
        }
    }
}
