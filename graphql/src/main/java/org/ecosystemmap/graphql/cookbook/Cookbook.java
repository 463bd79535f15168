package org.ecosystemmap.graphql.cookbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Example queries, one per question the map answers, in {@code classpath:cookbook/*.graphql} in file name
 * order. GraphiQL opens with them as tabs; a test runs every one against the bundled dataset.
 */
public final class Cookbook {

    /** One example: its file name and the query, with the comment that states its question. */
    public record Example(String name, String query) {
    }

    private Cookbook() {
    }

    public static List<Example> examples() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cookbook/*.graphql");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(Cookbook::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Example read(Resource resource) {
        try {
            return new Example(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
