package org.kliping.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberFormatFilterTest {
    @Test
    void recognisesIndonesianThousandsGroups() {
        assertThat(NumberFormatFilter.isGroupedNumber("14.000")).isTrue();
        assertThat(NumberFormatFilter.isGroupedNumber("1.250.000")).isTrue();
        assertThat(NumberFormatFilter.isGroupedNumber("rp14.000")).isTrue();
        assertThat(NumberFormatFilter.isGroupedNumber("3.5")).isFalse();
        assertThat(NumberFormatFilter.isGroupedNumber("1234.000")).isFalse();
        assertThat(NumberFormatFilter.isGroupedNumber("14.00")).isFalse();
        assertThat(NumberFormatFilter.isGroupedNumber("14000")).isFalse();
    }
}
