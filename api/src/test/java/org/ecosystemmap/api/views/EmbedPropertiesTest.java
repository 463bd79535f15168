package org.ecosystemmap.api.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The origins that may frame a saved view")
class EmbedPropertiesTest {

    @Test
    @DisplayName("are kept as a browser writes an origin: a trailing slash dropped, blanks left out, none by default")
    void origins() {
        assertThat(new EmbedProperties(List.of(" https://intranet.example.org/ ", "", "http://localhost:8081")).allowedOrigins())
                .containsExactly("https://intranet.example.org", "http://localhost:8081");
        assertThat(new EmbedProperties(null).allowedOrigins()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "intranet.example.org", "https://intranet.example.org/page", "https://a.example; script-src *",
            "https://*.example.org", "javascript:alert(1)"})
    @DisplayName("refuse what is not an origin, which could widen or end the policy, naming it and the setting")
    void refuse(String origin) {
        assertThatThrownBy(() -> new EmbedProperties(List.of(origin))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ecosystem.embed.allowed-origins").hasMessageContaining(origin.strip());
    }
}
