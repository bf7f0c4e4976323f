package org.kliping.story;

import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void show() {
        NameExtractor ex = new NameExtractor(Aliases.bundled());
        for (var a : SeedArticles.all()) {
            System.out.println("=== " + a.id());
            for (var m : ex.extract(a)) System.out.println("  " + m.kind() + " " + m.name() + "  [" + a.body().substring(m.start(), m.end()) + "]");
        }
    }
}
