package org.kliping.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the word lists bundled under {@code org/kliping/story/}: one entry a line, {@code #} starts a comment. */
final class BundledList {
    private BundledList() {
    }

    static List<String> lines(String name) {
        String resource = "/org/kliping/story/" + name;
        try (InputStream in = BundledList.class.getResourceAsStream(resource)) {
            if (in == null) throw new StoryResourceException(resource, null);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) out.add(entry);
            }
            return out;
        } catch (IOException e) {
            throw new StoryResourceException(resource, e);
        }
    }

    /** The list lower-cased, for membership tests on words. */
    static Set<String> lowerSet(String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines(name)) out.add(line.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }
}
