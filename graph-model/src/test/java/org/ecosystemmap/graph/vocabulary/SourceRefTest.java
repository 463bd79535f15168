package org.ecosystemmap.graph.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A source reference")
class SourceRefTest {

    @Nested
    @DisplayName("as a dataset writes it")
    class Written {

        @Test
        @DisplayName("is the lines alone, as before quotes of their own")
        void linesAlone() {
            assertThat(SourceRef.parse("jaarverslag-2021.txt#L437-L441")).hasValueSatisfying(ref -> {
                assertThat(ref.lines()).isEqualTo("437-441");
                assertThat(ref.quote()).isNull();
            });
            assertThat(SourceRef.parse("jaarverslag-2021.txt#L52")).hasValueSatisfying(ref -> assertThat(ref.lines()).isEqualTo("52"));
        }

        @Test
        @DisplayName("may carry its own quote, from the first to the last double quote")
        void withItsQuote() {
            assertThat(SourceRef.parse("jaarverslag-2021.txt#L1370-L1372  \"Overdracht van Tada naar netwerkpartners is niet gelukt.\" "))
                    .hasValueSatisfying(ref -> assertThat(ref.quote()).isEqualTo("Overdracht van Tada naar netwerkpartners is niet gelukt."));
            assertThat(SourceRef.parse("report.txt#L3 \"the \"Board\" said, twice\""))
                    .hasValueSatisfying(ref -> assertThat(ref.quote()).isEqualTo("the \"Board\" said, twice"));
        }

        @Test
        @DisplayName("is refused with an empty quote, an unclosed quote or anything after the quote")
        void refusesBrokenQuotes() {
            assertThat(SourceRef.parse("report.txt#L3 \"\"")).isEmpty();
            assertThat(SourceRef.parse("report.txt#L3 \"  \"")).isEmpty();
            assertThat(SourceRef.parse("report.txt#L3 \"words")).isEmpty();
            assertThat(SourceRef.parse("report.txt#L3 \"words\" and more")).isEmpty();
            assertThat(SourceRef.parse("report.txt#L5-L3 \"words\"")).isEmpty();
        }
    }

    @Nested
    @DisplayName("as the graph stores it")
    class Stored {

        @Test
        @DisplayName("keeps quote, section and address apart, whatever the quote and the section title hold")
        void roundTrip() {
            var ref = SourceRef.parse("report.txt#L3-L4 \"a \\ backslash, \"quotes\" §, <angles>\"").orElseThrow()
                    .withSection("TOMAS › \"Resultaten\" 2021", "https://example.org/tomas");

            var read = SourceRef.parseStored(ref.stored()).orElseThrow();

            assertThat(read).isEqualTo(ref);
            assertThat(read.quote()).isEqualTo("a \\ backslash, \"quotes\" §, <angles>");
            assertThat(read.section()).isEqualTo("TOMAS › \"Resultaten\" 2021");
        }

        @Test
        @DisplayName("reads what graphs stored before references had quotes")
        void readsTheOlderForm() {
            assertThat(SourceRef.parseStored("jaarverslag-2021.txt#L437-L441 §TOMAS › Resultaten 2021 <https://example.org/tomas>"))
                    .hasValue(new SourceRef("jaarverslag-2021.txt", 437, 441, null, "TOMAS › Resultaten 2021", "https://example.org/tomas"));
            assertThat(SourceRef.parseStored("jaarverslag-2021.txt#L52")).hasValue(new SourceRef("jaarverslag-2021.txt", 52, 52, null, null, null));
        }

        @Test
        @DisplayName("writes the quote escaped right after the lines")
        void storedForm() {
            var ref = new SourceRef("report.txt", 3, 3, "the \"Board\"", "Voorwoord", null);

            assertThat(ref.stored()).isEqualTo("report.txt#L3 \"the \\\"Board\\\"\" §Voorwoord");
            assertThat(ref.written()).isEqualTo("report.txt#L3 \"the \"Board\"\"");
            assertThat(ref.reference()).isEqualTo("report.txt#L3");
        }
    }
}
