package org.kliping.story;

import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void show() {
        FigureExtractor ex = new FigureExtractor();
        for (var a : SeedArticles.all()) {
            System.out.println("=== " + a.id());
            for (var f : ex.extract(a)) System.out.println("  " + f.valueText() + " =" + f.value() + " | " + f.unit() + " | " + f.counted() + " | q=" + f.qualifier() + " | by=" + f.attributedTo() + " | " + f.sentence().substring(0, Math.min(60, f.sentence().length())));
        }
    }
}
