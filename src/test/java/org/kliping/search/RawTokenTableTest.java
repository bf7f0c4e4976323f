package org.kliping.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache's table finds exactly the tokens added to it, by their characters, with their terms, however full it grows. */
class RawTokenTableTest {
    @Test
    void findsEveryAddedTokenWithItsTermsAndNothingElse() {
        RawTokenTable table = new RawTokenTable(16);
        Map<String, List<String>> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String token = randomToken(random);
            if (expected.containsKey(token)) continue;
            List<String> terms = new ArrayList<>();
            if (random.nextBoolean()) terms.add(token); // the word as written, stored once
            for (int t = random.nextInt(4); t > 0; t--) terms.add(randomToken(random));
            expected.put(token, terms);
            table.add(token.toCharArray(), token.length(), terms.stream().map(String::toCharArray).toList());
        }
        assertThat(table.size()).isEqualTo(expected.size());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            char[] buffer = (e.getKey() + "tail of a longer term buffer").toCharArray();
            assertThat(terms(table, buffer, e.getKey().length())).as(e.getKey()).isEqualTo(e.getValue());
        }
        for (int i = 0; i < 20_000; i++) {
            String token = randomToken(random);
            assertThat(terms(table, token.toCharArray(), token.length())).as(token).isEqualTo(expected.get(token));
        }
    }

    @Test
    void tellsPrefixesAndTheEmptyTokenApart() {
        RawTokenTable table = new RawTokenTable(4);
        table.add("menulis".toCharArray(), 7, List.of("menulis".toCharArray(), "#tulis".toCharArray()));
        table.add("menu".toCharArray(), 4, List.of("menu".toCharArray()));
        table.add("Menu".toCharArray(), 4, List.of("menu".toCharArray()));
        table.add(new char[0], 0, List.of());
        assertThat(terms(table, "menulis".toCharArray(), 4)).containsExactly("menu");
        assertThat(terms(table, "Menu".toCharArray(), 4)).containsExactly("menu");
        assertThat(terms(table, "menulis".toCharArray(), 7)).containsExactly("menulis", "#tulis");
        assertThat(terms(table, "menulis".toCharArray(), 5)).isNull();
        assertThat(terms(table, "x".toCharArray(), 0)).isEmpty();
    }

    /** The terms stored for the token, read in the entry layout, or null when the table does not hold it. */
    private static List<String> terms(RawTokenTable table, char[] text, int len) {
        int at = table.find(text, len);
        if (at < 0) return null;
        char[] chars = table.chars();
        List<String> out = new ArrayList<>();
        int n = chars[at] & RawTokenTable.COUNT;
        if ((chars[at] & RawTokenTable.WORD_IS_TOKEN) != 0) {
            out.add(new String(text, 0, len));
            n--;
        }
        int cursor = at + 1;
        for (; n > 0; n--) {
            out.add(new String(chars, cursor + 1, chars[cursor]));
            cursor += 1 + chars[cursor];
        }
        return out;
    }

    private static String randomToken(Random random) {
        StringBuilder s = new StringBuilder();
        int len = 1 + random.nextInt(6);
        for (int i = 0; i < len; i++) s.append((char) ('a' + random.nextInt(6)));
        return s.toString();
    }
}
