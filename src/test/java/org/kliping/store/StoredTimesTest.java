package org.kliping.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimesTest {

    @Test
    void datesReadAsLocalDateParseReadsThem() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = LocalDate.ofEpochDay(random.nextInt(4_000_000) - 1_000_000); // years about -800 to 12,900
            assertThat(StoredTimes.date(d.toString())).as(d.toString()).isEqualTo(d);
        }
        for (String text : List.of("2024-02-29", "2000-02-29", "2025-12-31", "0000-01-01", "9999-12-31", "+10000-01-01",
                "-0001-06-15", "2025-04-28")) {
            assertThat(StoredTimes.date(text)).as(text).isEqualTo(LocalDate.parse(text));
        }
    }

    @Test
    void malformedDatesFailAsLocalDateParseFails() {
        for (String text : List.of("2023-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-04-00",
                "２０２５-01-01", "2025/01/01", "2025-1-01", "")) {
            assertThatThrownBy(() -> StoredTimes.date(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void instantsReadAsInstantParseReadsThemAlsoWhenRepeated() {
        List<Instant> instants = List.of(Instant.parse("2025-05-01T10:00:00Z"), Instant.parse("2025-05-01T10:00:00.123Z"),
                Instant.parse("2025-05-01T10:00:00.123456789Z"), Instant.EPOCH, Instant.ofEpochSecond(-86_400 * 400L, 7));
        for (int round = 0; round < 3; round++) {
            for (Instant instant : instants) {
                assertThat(StoredTimes.instant(instant.toString())).isEqualTo(instant);
                assertThat(StoredTimes.instant(instant.toString())).isEqualTo(instant); // the kept one
            }
        }
        assertThatThrownBy(() -> StoredTimes.instant("2025-05-01 10:00")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void listRowsShowNoDateForAValueThatIsNoDate() {
        assertThat(StoredTimes.dateOrNull("2025-13-45")).isNull();
        assertThat(StoredTimes.dateOrNull("kemarin")).isNull();
        assertThat(StoredTimes.dateOrNull("2024-02-29")).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
    }
}
