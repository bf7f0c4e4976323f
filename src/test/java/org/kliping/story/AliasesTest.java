package org.kliping.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AliasesTest {
    private final Aliases bundled = Aliases.bundled();

    @Test
    void bundledAliasesGiveTheCanonicalName() {
        assertThat(bundled.canonical("Korut")).isEqualTo("Korea Utara");
        assertThat(bundled.canonical("Kim Jong-un")).isEqualTo("Kim Jong Un");
        assertThat(bundled.canonical("AS")).isEqualTo("Amerika Serikat");
    }

    @Test
    void matchingIgnoresCaseHyphensAndSpacing() {
        assertThat(bundled.canonical("KORUT")).isEqualTo("Korea Utara");
        assertThat(bundled.canonical("kim  jong un")).isEqualTo("Kim Jong Un");
    }

    @Test
    void shortAcronymMatchesOnlyInCapitals() {
        assertThat(bundled.canonical("as")).isEqualTo("as");
        assertThat(bundled.canonical("As")).isEqualTo("As");
    }

    @Test
    void unknownNameComesBackTidied() {
        assertThat(bundled.canonical("  Maria   Zakharova ")).isEqualTo("Maria Zakharova");
        assertThat(bundled.isAlias("Maria Zakharova")).isFalse();
    }

    @Test
    void withAddsAnAliasWithoutChangingTheOriginal() {
        Aliases mine = bundled.with("Negeri Ginseng", "Korea Selatan");
        assertThat(mine.canonical("negeri ginseng")).isEqualTo("Korea Selatan");
        assertThat(bundled.canonical("Negeri Ginseng")).isEqualTo("Negeri Ginseng");
        assertThat(mine.canonical("Korut")).isEqualTo("Korea Utara");
    }

    @Test
    void aliasOfAnAliasFollowsTheChain() {
        Aliases mine = Aliases.empty().with("DPRK", "Korut").with("Korut", "Korea Utara");
        assertThat(mine.canonical("DPRK")).isEqualTo("Korea Utara");
    }

    @Test
    void emptyAliasIsRejected() {
        assertThatThrownBy(() -> bundled.with(" ", "Korea Utara")).isInstanceOf(IllegalArgumentException.class);
    }
}
