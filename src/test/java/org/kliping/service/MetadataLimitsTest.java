package org.kliping.service;

import org.kliping.domain.ArticleDraft;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataLimitsTest {

    private static ArticleDraft draft(String title, String source) {
        return new ArticleDraft(null, title, false, "Isi.", List.of("Isi."), source, "Jakarta", null, null, null, "id",
                "a.txt", "x".getBytes(StandardCharsets.UTF_8), "x", List.of());
    }

    @Test
    void aHugeSourceIsCutWithAWarningNamingTheField() {
        ArticleDraft d = MetadataLimits.apply(draft("Judul", "S".repeat(1_000_000)));
        assertThat(d.source()).hasSize(MetadataLimits.SOURCE);
        assertThat(d.warnings()).containsExactly("source cut from 1000000 to 200 characters");
        assertThat(d.originalText()).isEqualTo("x");
    }

    @Test
    void ordinaryFieldsAreLeftAlone() {
        ArticleDraft d = draft("Judul", "Antara");
        assertThat(MetadataLimits.apply(d)).isSameAs(d);
    }
}
