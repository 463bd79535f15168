package org.ecosystemmap.graphql.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A date as precise as it is known")
class CalendarDateTest {

    @Test
    @DisplayName("a day, a month or a year, each written back as it was read")
    void precisions() {
        assertThat(CalendarDate.parse("2021-06-30")).hasToString("2021-06-30");
        assertThat(CalendarDate.parse("2021-06")).hasToString("2021-06");
        assertThat(CalendarDate.parse(" 2021 ")).hasToString("2021");
    }

    @Test
    @DisplayName("as a period: a year from 1 January to 31 December, a month to its last day")
    void periods() {
        assertThat(CalendarDate.parse("2021").firstDay()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(CalendarDate.parse("2021").lastDay()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(CalendarDate.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(CalendarDate.parse("2021-06-30").lastDay()).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    @DisplayName("refuses what is no date, saying what one looks like")
    void refuses() {
        assertThatThrownBy(() -> CalendarDate.parse("30-06-2021")).hasMessageContaining("write 2021-06-30, 2021-06 or 2021");
        assertThatThrownBy(() -> CalendarDate.parse("2021-13")).hasMessageContaining("\"2021-13\" is not a date");
        assertThatThrownBy(() -> CalendarDate.parse("2021-02-29")).hasMessageContaining("\"2021-02-29\" is not a date");
    }
}
