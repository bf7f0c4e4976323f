package org.kliping.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionedDaysTest {
    @Test
    void readsDayMonthInParenthesesAndWithMonthNames() {
        assertThat(MentionedDays.in("kata dia, Senin (28/4). Pada 24 April pasukan ...")).containsExactlyInAnyOrder(118, 114);
    }

    @Test
    void scoresAndImpossibleDatesAreIgnored() {
        assertThat(MentionedDays.in("Skor akhir (3/45) dan 31 Februari")).isEmpty();
    }

    @Test
    void daysAreComparedAroundTheCalendar() {
        assertThat(MentionedDays.closest(MentionedDays.in("(30/12)"), MentionedDays.in("(2/1)"))).isEqualTo(3);
        assertThat(MentionedDays.closest(List.of(100, 200), List.of(190))).isEqualTo(10);
    }
}
