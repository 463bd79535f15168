package org.ecosystemmap.graphql.compile;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The schema's type definitions, read from the files Spring for GraphQL builds the schema from. */
public final class SchemaFiles {

    /** Where Spring Boot looks for the schema by default, and where this module keeps it. */
    private static final String LOCATION = "classpath*:graphql/**/*.graphqls";

    private SchemaFiles() {
    }

    public static TypeDefinitionRegistry typeDefinitions() {
        try {
            var registry = new TypeDefinitionRegistry();
            var parser = new SchemaParser();
            for (var resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                registry.merge(parser.parse(resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
