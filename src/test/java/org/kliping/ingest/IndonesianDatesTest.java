package org.kliping.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "28 April 2025|2025-04-28",
            "Senin, 28 April 2025 10:15 WIB|2025-04-28",
            "28/04/2025|2025-04-28",
            "28-04-2025|2025-04-28",
            "28.04.2025|2025-04-28",
            "2017-05-23T08:30:00+07:00|2017-05-23",
            "2017-05-23|2017-05-23",
            "20170523|2017-05-23",
            "1 Januari 2024|2024-01-01",
            "3 Feb 2024|2024-02-03",
            "5 Pebruari 2019|2019-02-05",
            "17 Agustus 1945|1945-08-17",
            "17 Agu 2020|2020-08-17",
            "17 Agt 2020|2020-08-17",
            "9 Sept 2021|2021-09-09",
            "9 Sep 2021|2021-09-09",
            "10 Okt 2022|2022-10-10",
            "11 Nop 2022|2022-11-11",
            "25 Des 2023|2023-12-25",
            "7 Mei 2018|2018-05-07",
            "May 23, 2017|2017-05-23",
            "23 October 2017|2017-10-23",
            "Kamis (7/12/2023)|2023-12-07",
    })
    void parsesWrittenDates(String text, LocalDate expected) {
        assertThat(IndonesianDates.parse(text, null)).contains(expected);
    }

    @Test
    void dateWithoutYearNeedsAReferenceYear() {
        assertThat(IndonesianDates.parse("Senin (28/4)", null)).isEmpty();
        assertThat(IndonesianDates.parse("28 April", null)).isEmpty();
        assertThat(IndonesianDates.parse("28 April", 2025)).contains(LocalDate.of(2025, 4, 28));
    }

    @Test
    void dayNamePicksTheYearWhoseCalendarMatches() {
        // 28 April 2025 is a Monday; 28 April 2026 is a Tuesday
        assertThat(IndonesianDates.parse("Senin (28/4)", 2026)).contains(LocalDate.of(2025, 4, 28));
        assertThat(IndonesianDates.parse("Senin (28/4)", 2025)).contains(LocalDate.of(2025, 4, 28));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(IndonesianDates.parse("31/02/2024", null)).isEmpty();
        assertThat(IndonesianDates.parse("30 Februari 2024", null)).isEmpty();
        assertThat(IndonesianDates.parse("tidak ada tanggal", 2024)).isEmpty();
    }

    @Test
    void findReportsTheDateAsWrittenEvenWhenUnresolved() {
        Optional<IndonesianDates.Mention> mention = IndonesianDates.find(
                "Menurut kantor berita negara Korut, KCNA, Senin (28/4) mengutip pernyataan partai", null);
        assertThat(mention).isPresent();
        assertThat(mention.get().text()).isEqualTo("Senin (28/4)");
        assertThat(mention.get().date()).isEmpty();
    }

    @Test
    void findTakesTheEarliestDateInTheText() {
        Optional<IndonesianDates.Mention> mention = IndonesianDates.find(
                "Rapat digelar 3 Maret 2024 dan dilanjutkan pada 10/03/2024.", null);
        assertThat(mention.map(IndonesianDates.Mention::text)).contains("3 Maret 2024");
        assertThat(mention.flatMap(IndonesianDates.Mention::date)).contains(LocalDate.of(2024, 3, 3));
    }

    @Test
    void findIgnoresABareDayAndMonthAndWordsThatOnlyLookLikeMonths() {
        assertThat(IndonesianDates.find("Pasukan melapor pada 24 April bahwa 5 marinir tewas.", null)).isEmpty();
        assertThat(IndonesianDates.find("Sebanyak 14.000 tentara dan 20170523 dollar.", null)).isEmpty();
    }
}
