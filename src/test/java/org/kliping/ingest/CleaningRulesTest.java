package org.kliping.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleaningRulesTest {

    @Test
    void addingADropRuleLineRemovesANewOutletsBoilerplate() {
        String text = "Judul Berita\n\nIsi berita pertama.\n\nSimak berita lainnya di kanal kami.\n";
        var where = new Where("a.txt", "a.txt");
        var before = new TextArticleParser(CleaningRules.defaults()).parse(text.getBytes(StandardCharsets.UTF_8), where);
        var after = new TextArticleParser(CleaningRules.defaults().plus("drop-paragraph ^Simak berita lainnya\\b"))
                .parse(text.getBytes(StandardCharsets.UTF_8), where);
        assertThat(before.paragraphs()).contains("Simak berita lainnya di kanal kami.");
        assertThat(after.paragraphs()).containsExactly("Isi berita pertama.");
    }

    @Test
    void aRuleEndingInAnEscapedMarkIsSkippedForTextsNotEndingWithIt() {
        assertThat(CleaningRules.requiredLastChar("\\s*\\((?:a|b)\\)$")).isEqualTo(')');
        assertThat(CleaningRules.requiredLastChar("foo|\\)$")).as("top-level alternative").isEqualTo((char) 0);
        assertThat(CleaningRules.requiredLastChar("[|]x\\.$")).as("a bar in a class is no alternative").isEqualTo('.');
        assertThat(CleaningRules.requiredLastChar("foo$")).isEqualTo((char) 0);
        assertThat(CleaningRules.requiredLastChar("a\\\\)$")).as("an escaped backslash, then a group end").isEqualTo((char) 0);
        CleaningRules rules = CleaningRules.defaults();
        assertThat(rules.apply(List.of("Harga naik tajam. (*/S-01)")).paragraphs()).containsExactly("Harga naik tajam.");
        assertThat(rules.apply(List.of("Harga naik tajam. (ant)\n")).paragraphs()).as("$ before a final line end")
                .containsExactly("Harga naik tajam.");
        assertThat(rules.apply(List.of("Harga naik (ant) tajam.")).paragraphs()).containsExactly("Harga naik (ant) tajam.");
    }

    @Test
    void aRuleStartingWithWordsIsSkippedForTextsStartingOtherwise() {
        assertThat(CleaningRules.requiredFirstChars("^Scroll to Top$")).isEqualTo("S");
        assertThat(CleaningRules.requiredFirstChars("(?i)^(?:baca|simak|lihat) juga\\s*:")).isEqualTo("bBsSlL");
        assertThat(CleaningRules.requiredFirstChars("^(?:Oleh|Penulis)\\s*:.{0,60}$")).isEqualTo("OP");
        assertThat(CleaningRules.requiredFirstChars("^Sa|Tb")).as("top-level alternative").isNull();
        assertThat(CleaningRules.requiredFirstChars("^S?x")).as("an optional letter").isNull();
        assertThat(CleaningRules.requiredFirstChars("^(?:a|b)?x")).as("an optional group").isNull();
        assertThat(CleaningRules.requiredFirstChars("^(?:a|\\(b)x")).as("an escape in the group").isNull();
        assertThat(CleaningRules.requiredFirstChars("^(?:ab|c*d)x")).as("an optional first letter").isNull();
        assertThat(CleaningRules.requiredFirstChars("^\\(x\\)")).isNull();
        assertThat(CleaningRules.requiredFirstChars("^(?<place>\\p{Lu}+) -")).isNull();
        assertThat(CleaningRules.requiredFirstChars("(?i)^émbargo")).as("(?i) folds ASCII only").isNull();
        CleaningRules rules = CleaningRules.defaults();
        assertThat(rules.apply(List.of("Isi.", "BACA JUGA: berita lain", "baca juga - lain", "Simak juga: x", "")).paragraphs())
                .containsExactly("Isi.");
        assertThat(rules.apply(List.of("Isi.", "Scroll to Top", "Oleh: Redaksi", "Editor : Budi", "Sektor: Energi")).paragraphs())
                .containsExactly("Isi.");
        assertThat(rules.apply(List.of("Isi.", "(Baca juga: x)", " Baca juga: x", "Kata Oleh: x")).paragraphs())
                .containsExactly("Isi.", "(Baca juga: x)", " Baca juga: x", "Kata Oleh: x");
    }

    @Test
    void addingADatelineLineUsingDefinesRecognisesANewOutlet() {
        CleaningRules rules = CleaningRules.defaults().plus("dateline ^(?<source>Kabar Kita){DASH}");
        CleaningRules.Cleaned cleaned = rules.apply(List.of("Kabar Kita - Warga berkumpul di alun-alun."));
        assertThat(cleaned.source()).isEqualTo("Kabar Kita");
        assertThat(cleaned.place()).isNull();
        assertThat(cleaned.paragraphs()).containsExactly("Warga berkumpul di alun-alun.");
    }

    @Test
    void datelineIsFoundOnlyInTheOpeningParagraphs() {
        CleaningRules.Cleaned cleaned = CleaningRules.defaults().apply(
                List.of("Satu.", "Dua.", "Tiga.", "BANDUNG - Empat."));
        assertThat(cleaned.place()).isNull();
        assertThat(cleaned.paragraphs()).endsWith("BANDUNG - Empat.");
    }

    @Test
    void stripSuffixRemovesTheBylineCodeAndKeepsTheSentence() {
        CleaningRules.Cleaned cleaned = CleaningRules.defaults().apply(
                List.of("Kalimat terakhir berita. (*/S-01)", "Paragraf dengan singkatan (PBB)"));
        assertThat(cleaned.paragraphs()).containsExactly("Kalimat terakhir berita.", "Paragraf dengan singkatan (PBB)");
    }

    @Test
    void badRuleLinesFailWithTheirLineNumber() {
        assertThatThrownBy(() -> CleaningRules.parse(List.of("# comment", "drop-paragraph ^ok", "shout ^x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3").hasMessageContaining("unknown rule kind \"shout\"");
        assertThatThrownBy(() -> CleaningRules.parse(List.of("dateline ^(?<place>{NOWHERE})")))
                .hasMessageContaining("undefined {NOWHERE}");
        assertThatThrownBy(() -> CleaningRules.parse(List.of("drop-paragraph ^(unclosed")))
                .hasMessageContaining("bad regex");
    }

    @Test
    void loosePlaceDatelineCountsOnlyInTheFirstParagraphButShoutedOnesInAnyOpeningOne() {
        CleaningRules rules = CleaningRules.defaults();
        assertThat(rules.apply(List.of("Bandung - Warga berkumpul.")).place()).isEqualTo("Bandung");
        assertThat(rules.apply(List.of("Satu.", "Kevin - Prince Boateng pindah klub.")).place()).isNull();
        assertThat(rules.apply(List.of("Satu.", "NEW YORK \u2013 Saham naik.")).place()).isEqualTo("New York");
        assertThat(rules.apply(List.of("DKI JAKARTA - Banjir surut.")).place()).isEqualTo("DKI Jakarta");
    }

    @Test
    void wordsAroundASpacedHyphenAreNoDateline() {
        CleaningRules.Cleaned cleaned = CleaningRules.defaults().apply(List.of("Baru - baru ini harga naik.",
                "Sederhananya, T - HR3 mengikuti gerakan operator."));
        assertThat(cleaned.place()).isNull();
        assertThat(cleaned.source()).isNull();
        assertThat(cleaned.paragraphs()).containsExactly("Baru - baru ini harga naik.",
                "Sederhananya, T - HR3 mengikuti gerakan operator.");
    }

    @Test
    void relatedLinksCreditLinesAndColumnLabelsAreLeftOut() {
        CleaningRules.Cleaned cleaned = CleaningRules.defaults().apply(List.of("OPINI - Dalam pilkada ini, warga memilih.",
                "SIMAK JUGA - Boca Juniors Optimistis", "Baca Juga: Harga cabai", "Baca: Berita lain",
                "Penulis: Budi Santoso", "Isi terakhir."));
        assertThat(cleaned.paragraphs()).containsExactly("Dalam pilkada ini, warga memilih.", "Isi terakhir.");
        assertThat(cleaned.place()).isNull();
    }
}
