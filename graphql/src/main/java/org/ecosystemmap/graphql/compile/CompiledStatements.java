package org.ecosystemmap.graphql.compile;

import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.DataFetchingFieldSelectionSetImpl;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.connection.ConnectionQueries;
import org.ecosystemmap.graphql.entity.EntityQueries;
import org.ecosystemmap.graphql.pagination.PageRequest;

/**
 * The statement the server sends for each root field of a GraphQL document, compiled exactly as the server
 * compiles it, without a server: so that the benchmark's raw-Cypher baseline of a question is the very
 * statement our GraphQL runs for it. For the root fields that read the graph directly; those answered from
 * the analytics projection, or taking a filter input, are refused.
 */
public final class CompiledStatements {

    private static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(SchemaFiles.typeDefinitions());

    private CompiledStatements() {
    }

    /** One statement per root field of the document's (only) operation, in order. */
    public static List<Statement> of(String document, Map<String, Object> variables) {
        var operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(SCHEMA,
                Parser.parse(document), null, RawVariables.of(variables));
        return operation.getTopLevelFields().stream().map(CompiledStatements::statement).toList();
    }

    @SuppressWarnings("unchecked")
    private static Statement statement(ExecutableNormalizedField root) {
        var arguments = root.getResolvedArguments();
        var selection = DataFetchingFieldSelectionSetImpl.newCollector(SCHEMA, root.getType(SCHEMA), () -> root);
        var fields = Selection.of(Field.of(selection, List.of(root.getResultKey())));
        var compiled = switch (root.getName()) {
            case "entity" -> EntityQueries.lookup((String) arguments.get("id"), fields);
            case "entities" -> EntityQueries.byIds((List<String>) arguments.get("ids"), fields, null);
            case "search" -> EntityQueries.search((String) arguments.get("text"), kinds(arguments.get("kinds")),
                    PageRequest.of((Integer) arguments.get("first"), (String) arguments.get("after"), 20), fields);
            case "neighbourhood" -> ConnectionQueries.neighbourhood((String) arguments.get("id"), (Integer) arguments.get("depth"),
                    (List<String>) arguments.get("types"), kinds(arguments.get("kinds")), (List<String>) arguments.get("excludeIds"),
                    (Integer) arguments.get("limit"), (Integer) arguments.get("asOf"), fields);
            case "shortestPaths" -> {
                if (Boolean.TRUE.equals(arguments.get("excludeHubs"))) {
                    throw new IllegalArgumentException("shortestPaths(excludeHubs: true) needs the server's analytics projection");
                }
                yield ConnectionQueries.shortestPaths((String) arguments.get("from"), (String) arguments.get("to"),
                        (Integer) arguments.get("maxHops"), (List<String>) arguments.get("types"), (List<String>) arguments.get("excludeIds"),
                        List.of(), (Boolean) arguments.get("all"), (Integer) arguments.get("asOf"), fields);
            }
            case "sharedPartners" -> ConnectionQueries.sharedPartners((List<String>) arguments.get("ids"), (List<String>) arguments.get("types"),
                    (Integer) arguments.get("asOf"), (Boolean) arguments.get("throughParts"), fields);
            case "commonGround" -> ConnectionQueries.commonGround((String) arguments.get("a"), (String) arguments.get("b"),
                    (List<String>) arguments.get("types"), kinds(arguments.get("kinds")), (Integer) arguments.get("asOf"), fields);
            default -> throw new IllegalArgumentException(root.getName() + " is not compiled outside the server");
        };
        return compiled.statement();
    }

    private static List<EntityKind> kinds(Object names) {
        return names == null ? null : ((List<?>) names).stream().map(name -> EntityKind.valueOf(name.toString())).toList();
    }
}
