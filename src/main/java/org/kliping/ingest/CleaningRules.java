package org.kliping.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate and dateline rules, kept as data ({@code cleaning-rules.txt}, one rule a line) so that the
 * next outlet is one more line, not one more special case. See the resource file for the rule kinds.
 */
public final class CleaningRules {
    static final String RESOURCE = "cleaning-rules.txt";
    /** Datelines sit in the opening lines; seed 003 has its dateline on the second line, after a lede. */
    static final int DATELINE_PARAGRAPHS = 3;
    private static final Pattern DEFINE_REFERENCE = Pattern.compile("(?<![\\\\][pP])\\{([A-Z][A-Z_]{2,})}");

    private enum Kind { DROP_PARAGRAPH, STRIP_PREFIX, STRIP_SUFFIX, DATELINE, LEDE_DATELINE }

    /** A rule anchored at the end ({@code $}) only looks at this much of a paragraph's tail. */
    private static final int SUFFIX_WINDOW = 200;

    private record Rule(Kind kind, Pattern pattern, boolean hasPlace, boolean hasSource, boolean atStart, boolean atEnd,
                        char lastChar, String firstChars) {
        /**
         * find() semantics, but cheaper for anchored rules, which run on every paragraph of every article:
         * one anchored at the start is tried there only, and not at all when the text does not start with a
         * character the rule can start with; one anchored at the end searches the tail only, and not at all when
         * the text does not end with the character the rule ends with.
         */
        Matcher matchIn(String text) {
            if (lastChar != 0 && !endsWith(text, lastChar)) return null;
            if (firstChars != null && (text.isEmpty() || firstChars.indexOf(text.charAt(0)) < 0)) return null;
            Matcher m = pattern.matcher(text);
            if (atStart) return m.lookingAt() ? m : null;
            if (atEnd) m.region(Math.max(0, text.length() - SUFFIX_WINDOW), text.length()).useAnchoringBounds(false);
            return m.find() ? m : null;
        }
    }

    /** True when {@code c} is the text's last character before any final line terminator (where {@code $} matches). */
    private static boolean endsWith(String text, char c) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r'
                || text.charAt(end - 1) == '\u0085' || text.charAt(end - 1) == '\u2028' || text.charAt(end - 1) == '\u2029')) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == c;
    }

    /**
     * The character every match of a rule ends with, or 0: a rule ending in an escaped punctuation mark before
     * {@code $} (like {@code \)$}) with no alternative at its top level.
     */
    static char requiredLastChar(String regex) {
        if (!regex.endsWith("$") || regex.length() < 4) return 0;
        char c = regex.charAt(regex.length() - 2);
        if (regex.charAt(regex.length() - 3) != '\\' || Character.isLetterOrDigit(c) || Character.isWhitespace(c)) return 0;
        if (regex.length() >= 4 && regex.charAt(regex.length() - 4) == '\\') return 0; // "\\)$": the backslash was escaped
        return hasTopLevelAlternative(regex) ? 0 : c;
    }

    /**
     * The characters every match of a rule anchored at the start begins with, or null: a rule whose {@code ^}
     * (after an optional {@code (?i)}) is followed by a letter, or by a group {@code (?:...|...)} whose every
     * alternative starts with one, with no alternative at the top level. Under {@code (?i)}, which folds
     * ASCII only, an ASCII letter counts in both cases and any other letter gives null.
     */
    static String requiredFirstChars(String regex) {
        boolean ignoreCase = regex.startsWith("(?i)");
        String rest = ignoreCase ? regex.substring(4) : regex;
        if (!rest.startsWith("^") || hasTopLevelAlternative(rest)) return null;
        rest = rest.substring(1);
        StringBuilder chars = new StringBuilder();
        if (!rest.startsWith("(?:")) return addLeadingLetter(rest, 0, ignoreCase, chars) ? chars.toString() : null;
        int depth = 0;
        int alternativeStart = 3;
        for (int i = 3; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (ch == '\\' || ch == '[') return null; // kept simple: plain words only
            if (ch == '(') depth++;
            if (depth == 0 && (ch == '|' || ch == ')')) {
                if (!addLeadingLetter(rest, alternativeStart, ignoreCase, chars)) return null;
                if (ch == ')') return i + 1 < rest.length() && "?*{".indexOf(rest.charAt(i + 1)) >= 0 ? null : chars.toString();
                alternativeStart = i + 1;
            } else if (ch == ')') {
                depth--;
            }
        }
        return null;
    }

    /** Adds the letter at {@code at} (both ASCII cases if ignoring case); false when it is not a plain required letter. */
    private static boolean addLeadingLetter(String regex, int at, boolean ignoreCase, StringBuilder chars) {
        if (at >= regex.length() || !Character.isLetter(regex.charAt(at))) return false;
        if (at + 1 < regex.length() && "?*{|)".indexOf(regex.charAt(at + 1)) >= 0) return false;
        char c = regex.charAt(at);
        if (!ignoreCase) {
            chars.append(c);
            return true;
        }
        if (c >= 0x80) return false;
        chars.append(Character.toLowerCase(c)).append(Character.toUpperCase(c));
        return true;
    }

    private static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char ch = regex.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (inClass) {
                if (ch == ']') inClass = false;
            } else if (ch == '[') {
                inClass = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** The cleaned paragraphs and what the dateline told. Place and source may be null. */
    record Cleaned(List<String> paragraphs, String place, String source) {
    }

    private static volatile CleaningRules defaults;

    private final List<Rule> rules;
    /** Dateline rules naming a source first: they are more specific than a bare "PLACE -". */
    private final List<Rule> datelines;
    private final Map<String, String> defines;

    private CleaningRules(List<Rule> rules, Map<String, String> defines) {
        this.rules = List.copyOf(rules);
        this.datelines = rules.stream().filter(rule -> rule.kind() == Kind.DATELINE || rule.kind() == Kind.LEDE_DATELINE)
                .sorted(Comparator.comparing(rule -> !rule.hasSource())).toList();
        this.defines = Map.copyOf(defines);
    }

    /** The rules shipped with Kliping. */
    public static CleaningRules defaults() {
        CleaningRules loaded = defaults;
        if (loaded == null) {
            loaded = parse(readResource());
            defaults = loaded;
        }
        return loaded;
    }

    /** Rules from lines in the resource file's syntax; a bad line fails with its number and text. */
    public static CleaningRules parse(List<String> lines) {
        return new CleaningRules(List.of(), Map.of()).plus(lines);
    }

    /** These rules followed by more lines (which may use this set's defines). */
    public CleaningRules plus(String... lines) {
        return plus(Arrays.asList(lines));
    }

    public CleaningRules plus(List<String> lines) {
        List<Rule> combined = new ArrayList<>(rules);
        Map<String, String> allDefines = new LinkedHashMap<>(defines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            try {
                parseLine(line, combined, allDefines);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cleaning rule line " + (i + 1) + " (" + line + "): " + e.getMessage(), e);
            }
        }
        return new CleaningRules(combined, allDefines);
    }

    /** Drops boilerplate, strips byline codes and takes the dateline off the opening paragraphs. */
    Cleaned apply(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String cleaned = clean(paragraph);
            if (!cleaned.isEmpty()) kept.add(cleaned);
        }
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, kept.size()); i++) {
            for (Rule rule : datelines) {
                if (rule.kind() == Kind.LEDE_DATELINE && i > 0) continue;
                Matcher m = rule.matchIn(kept.get(i));
                if (m != null) return withDateline(kept, i, rule, m);
            }
        }
        return new Cleaned(kept, null, null);
    }

    private String clean(String paragraph) {
        String text = paragraph;
        for (Rule rule : rules) {
            switch (rule.kind()) {
                case DROP_PARAGRAPH -> {
                    if (rule.matchIn(text) != null) return "";
                }
                case STRIP_PREFIX, STRIP_SUFFIX -> {
                    Matcher m = rule.matchIn(text);
                    if (m != null) text = (text.substring(0, m.start()) + text.substring(m.end())).strip();
                }
                case DATELINE, LEDE_DATELINE -> { }
            }
        }
        return text;
    }

    private static Cleaned withDateline(List<String> kept, int index, Rule rule, Matcher m) {
        String place = rule.hasPlace() ? Titles.titleCasePlace(m.group("place")) : null;
        String source = rule.hasSource() ? trimSource(m.group("source")) : null;
        List<String> result = new ArrayList<>(kept);
        String rest = kept.get(index).substring(m.end()).strip();
        if (rest.isEmpty()) {
            result.remove(index);
        } else {
            result.set(index, rest);
        }
        return new Cleaned(result, place, source);
    }

    private static String trimSource(String source) {
        String trimmed = source == null ? "" : source.strip().replaceAll("[.,;:]+$", "");
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static void parseLine(String line, List<Rule> into, Map<String, String> defines) {
        String[] parts = line.split("\\s+", 2);
        if (parts.length < 2) throw new IllegalArgumentException("expected \"<kind> <regex>\"");
        if (parts[0].equals("define")) {
            String[] define = parts[1].split("\\s+", 2);
            if (define.length < 2) throw new IllegalArgumentException("expected \"define NAME regex\"");
            defines.put(define[0], expand(define[1], defines));
            return;
        }
        Kind kind = kindOf(parts[0]);
        String regex = expand(parts[1], defines);
        try {
            boolean atStart = regex.startsWith("^") || regex.startsWith("(?i)^");
            boolean atEnd = regex.endsWith("$") && !regex.endsWith("\\$");
            into.add(new Rule(kind, Pattern.compile(regex), regex.contains("(?<place>"), regex.contains("(?<source>"),
                    atStart, atEnd, atEnd ? requiredLastChar(regex) : 0, atStart ? requiredFirstChars(regex) : null));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regex: " + e.getDescription(), e);
        }
    }

    private static Kind kindOf(String word) {
        return switch (word) {
            case "drop-paragraph" -> Kind.DROP_PARAGRAPH;
            case "strip-prefix" -> Kind.STRIP_PREFIX;
            case "strip-suffix" -> Kind.STRIP_SUFFIX;
            case "dateline" -> Kind.DATELINE;
            case "lede-dateline" -> Kind.LEDE_DATELINE;
            default -> throw new IllegalArgumentException("unknown rule kind \"" + word + "\"");
        };
    }

    private static String expand(String regex, Map<String, String> defines) {
        Matcher m = DEFINE_REFERENCE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = defines.get(m.group(1));
            if (value == null) throw new IllegalArgumentException("undefined {" + m.group(1) + "}");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> readResource() {
        try (InputStream in = Objects.requireNonNull(CleaningRules.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
