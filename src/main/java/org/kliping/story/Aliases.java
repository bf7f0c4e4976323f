package org.kliping.story;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Other spellings of a name and the one name they stand for ({@code Korut} = {@code Korea Utara},
 * {@code Kim Jong-un} = {@code Kim Jong Un}). Immutable: {@link #with} returns an extended copy, so
 * the user's own aliases layer over the bundled list without changing it.
 *
 * <p>Matching ignores case, hyphens and repeated spaces, except for short all-capital aliases
 * ({@code AS}, {@code RI}), which match only as written so that the word "as" is never a country.
 */
public final class Aliases {
    static final String RESOURCE = "aliases.txt";
    private static final int MAX_CHAIN = 5;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, String> byKey;
    private final Map<String, String> exactCase;

    private Aliases(Map<String, String> byKey, Map<String, String> exactCase) {
        this.byKey = Map.copyOf(byKey);
        this.exactCase = Map.copyOf(exactCase);
    }

    public static Aliases empty() {
        return new Aliases(Map.of(), Map.of());
    }

    /** The aliases shipped with the app ({@code aliases.txt}: one {@code alias = canonical} a line). */
    public static Aliases bundled() {
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> exact = new HashMap<>();
        for (String line : BundledList.lines(RESOURCE)) {
            int eq = line.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("alias line without '=': " + line);
            put(byKey, exact, line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return new Aliases(byKey, exact);
    }

    public Aliases with(String alias, String canonical) {
        if (alias == null || alias.isBlank() || canonical == null || canonical.isBlank()) {
            throw new IllegalArgumentException("empty alias or canonical name: '" + alias + "' = '" + canonical + "'");
        }
        Map<String, String> byKey = new HashMap<>(this.byKey);
        Map<String, String> exact = new HashMap<>(this.exactCase);
        put(byKey, exact, alias.strip(), canonical.strip());
        return new Aliases(byKey, exact);
    }

    /** The canonical name for {@code name}, or {@code name} with its spaces tidied when it has no alias. */
    public String canonical(String name) {
        String current = tidy(name);
        for (int i = 0; i < MAX_CHAIN; i++) {
            String next = lookup(current);
            if (next == null || next.equals(current)) return current;
            current = next;
        }
        return current;
    }

    /** Whether {@code name} is a known alias (not merely a name that maps to itself). */
    public boolean isAlias(String name) {
        return lookup(tidy(name)) != null;
    }

    private String lookup(String name) {
        String exact = exactCase.get(name);
        if (exact != null) return exact;
        return byKey.get(key(name));
    }

    private static void put(Map<String, String> byKey, Map<String, String> exact, String alias, String canonical) {
        if (isShortAcronym(alias)) {
            exact.put(tidy(alias), canonical);
        } else {
            byKey.put(key(alias), canonical);
        }
    }

    static boolean isShortAcronym(String s) {
        return s.length() <= 3 && s.chars().allMatch(Character::isUpperCase);
    }

    /** The matching key: lower case, hyphens as spaces, single spaces. */
    static String key(String name) {
        return tidy(name.replace('-', ' ')).toLowerCase(Locale.ROOT);
    }

    private static String tidy(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }
}
