package org.ecosystemmap.graphql.limits;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.List;

/**
 * Refuses documents with many aliases: aliases let one small request repeat an expensive field hundreds of
 * times, which depth and page limits alone do not catch. The count is a property of the query text, so it is
 * taken once per text, when the text is validated (the parsed-document cache keeps the result).
 */
final class AliasLimit extends SimplePerformantInstrumentation {

    private final int maxAliases;

    AliasLimit(int maxAliases) {
        this.maxAliases = maxAliases;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        var counter = new NodeVisitorStub() {
            int aliases;

            @Override
            public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                if (field.getAlias() != null) {
                    aliases++;
                }
                return TraversalControl.CONTINUE;
            }
        };
        new NodeTraverser().preOrder(counter, parameters.getDocument());
        if (counter.aliases > maxAliases) {
            throw LimitExceeded.error("The query holds " + counter.aliases + " aliased fields; at most " + maxAliases + " are allowed.");
        }
        return super.beginValidation(parameters, state);
    }
}
