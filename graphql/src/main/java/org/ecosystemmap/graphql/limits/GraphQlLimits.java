package org.ecosystemmap.graphql.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request limits, as graphql-java instrumentation configured once for the whole schema. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
public class GraphQlLimits {

    @Bean
    Instrumentation queryDepthLimit(GraphQlLimitsProperties limits) {
        return new DepthLimit(limits.maxDepth());
    }

    @Bean
    Instrumentation queryComplexityLimit(GraphQlLimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), complexity(limits.assumedListSize())) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return LimitExceeded.error("The query asks for too much at once (complexity " + complexity + ", at most "
                        + maxComplexity + "): ask for smaller pages (first, limit) or fewer nested lists.");
            }
        };
    }

    @Bean
    Instrumentation aliasLimit(GraphQlLimitsProperties limits) {
        return new AliasLimit(limits.maxAliases());
    }

    /**
     * A field costs 1 plus what it selects. A list of entities, relationships or edges costs what one item
     * selects times its size: its own {@code first} or {@code limit}, else that of the connection it belongs
     * to (the {@code edges} of {@code partners(first: 50)} hold 50), else an assumed size. Lists of small
     * values that come with their parent (sources, facets, reasons) cost no more than one item.
     */
    static FieldComplexityCalculator complexity(int assumedListSize) {
        return (env, childComplexity) -> {
            var type = env.getFieldDefinition().getType();
            if (!isList(type)) {
                return 1 + childComplexity;
            }
            var size = pageSize(env.getArguments());
            if (size == null && env.getParentEnvironment() != null) {
                size = pageSize(env.getParentEnvironment().getArguments());
            }
            if (size == null && !fetchesPerItem(GraphQLTypeUtil.unwrapAll(type))) {
                size = 1;
            }
            return 1 + Math.max(1, size == null ? assumedListSize : size) * childComplexity;
        };
    }

    /** Whether each item of a list of this type is fetched from the graph: entities are, values are not. */
    private static boolean fetchesPerItem(GraphQLNamedType type) {
        return type instanceof GraphQLInterfaceType
                || type instanceof GraphQLObjectType object && (object.getInterfaces().stream().anyMatch(i -> i.getName().equals("Entity"))
                        || object.getFieldDefinition("other") != null || object.getFieldDefinition("node") != null
                        || object.getFieldDefinition("nodes") != null);
    }

    private static Integer pageSize(Map<String, Object> arguments) {
        return arguments.get("first") instanceof Integer first ? first
                : arguments.get("limit") instanceof Integer limit ? limit : null;
    }

    private static boolean isList(GraphQLType type) {
        return (type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type) instanceof GraphQLList;
    }
}
