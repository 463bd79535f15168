package org.ecosystemmap.api.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.springframework.http.MediaType;

/** The formats {@code GET /export} writes, each with its media type and file extension. */
enum ExportFormat {

    GRAPHML(MediaType.parseMediaType("application/graphml+xml"), "graphml", language -> new GraphMlWriter()),
    CSV(MediaType.parseMediaType("application/zip"), "zip", KumuCsvWriter::new),
    JSON(MediaType.APPLICATION_JSON, "json", language -> new JsonSubgraphWriter());

    private final MediaType mediaType;
    private final String extension;
    private final Function<Language, SubgraphWriter> writer;

    ExportFormat(MediaType mediaType, String extension, Function<Language, SubgraphWriter> writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    /** @throws BadRequestException naming the formats, when the name is none of them */
    static ExportFormat named(String name) {
        var names = Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        if (name == null || name.isBlank()) {
            throw new BadRequestException("format is required: one of " + names);
        }
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new BadRequestException("format must be one of " + names + ", not \"" + name + "\""));
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** The writer, with labels in {@code language} where the format shows them (Kumu's); codes when it is null. */
    SubgraphWriter writer(Language language) {
        return writer.apply(language);
    }
}
