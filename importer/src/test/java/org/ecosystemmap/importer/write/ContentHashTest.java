package org.ecosystemmap.importer.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The digest an import stores with what it writes")
class ContentHashTest {

    private static final Map<String, Object> PARTNER = Map.of("id", "philips", "name", "Philips", "aliases", List.of("Royal Philips"),
            "founded", 1891L);

    @Test
    @DisplayName("is the same for the same properties, whatever their order")
    void ignoresOrder() {
        var reordered = new LinkedHashMap<String, Object>();
        reordered.put("founded", 1891L);
        reordered.put("aliases", List.of("Royal Philips"));
        reordered.put("name", "Philips");
        reordered.put("id", "philips");

        assertThat(ContentHash.ofEntity(EntityKind.PARTNER, reordered, "sample"))
                .isEqualTo(ContentHash.ofEntity(EntityKind.PARTNER, PARTNER, "sample"));
    }

    @Test
    @DisplayName("differs when a value, its type, a name, the kind or the dataset differs")
    void tellsEveryChange() {
        long digest = ContentHash.ofEntity(EntityKind.PARTNER, PARTNER, "sample");

        assertThat(List.of(
                ContentHash.ofEntity(EntityKind.PARTNER, with("name", "Philips N.V."), "sample"),
                ContentHash.ofEntity(EntityKind.PARTNER, with("founded", "1891"), "sample"),
                ContentHash.ofEntity(EntityKind.PARTNER, with("aliases", List.of("Royal", "Philips")), "sample"),
                ContentHash.ofEntity(EntityKind.PARTNER, with("website", "https://philips.com"), "sample"),
                ContentHash.ofEntity(EntityKind.INITIATIVE, PARTNER, "sample"),
                ContentHash.ofEntity(EntityKind.PARTNER, PARTNER, "other")))
                .doesNotContain(digest).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("does not let one value run into the next")
    void separatesValues() {
        assertThat(ContentHash.ofRelationship(Map.of("role", "ab", "quote", "c"), "sample"))
                .isNotEqualTo(ContentHash.ofRelationship(Map.of("role", "a", "quote", "bc"), "sample"));
    }

    private static Map<String, Object> with(String name, Object value) {
        var changed = new LinkedHashMap<>(PARTNER);
        changed.put(name, value);
        return changed;
    }
}
