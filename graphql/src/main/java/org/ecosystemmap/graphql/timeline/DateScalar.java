package org.ecosystemmap.graphql.timeline;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The scalar {@code Date}: {@code "2021-06-30"}, {@code "2021-06"} or {@code "2021"}, and a bare year as a
 * number ({@code asOf: 2021}) too, so that a year works the same for the older {@code asOf: Int} arguments
 * and the newer {@code asOf: Date} ones. Anything else is refused with what a date looks like.
 */
@Component
class DateScalar implements RuntimeWiringConfigurer {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A date, as precise as it is known: 2021-06-30, 2021-06 or 2021 (also the number 2021).")
            .coercing(new Coercing<CalendarDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof CalendarDate date) {
                        return date.toString();
                    }
                    throw new CoercingSerializeException("not a date: " + value);
                }

                @Override
                public CalendarDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    try {
                        return read(input);
                    } catch (IllegalArgumentException e) {
                        throw new CoercingParseValueException(e.getMessage());
                    }
                }

                @Override
                public CalendarDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    try {
                        if (input instanceof StringValue text) {
                            return CalendarDate.parse(text.getValue());
                        }
                        if (input instanceof IntValue number) {
                            return year(number.getValue().intValueExact());
                        }
                    } catch (IllegalArgumentException | ArithmeticException e) {
                        throw new CoercingParseLiteralException(e.getMessage());
                    }
                    throw new CoercingParseLiteralException("a date is a string such as \"2021-06-30\", \"2021-06\" or \"2021\", or a year");
                }
            })
            .build();

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
        builder.scalar(DATE);
    }

    private static CalendarDate read(Object input) {
        if (input instanceof CharSequence text) {
            return CalendarDate.parse(text.toString());
        }
        if (input instanceof Integer || input instanceof Long || input instanceof Short) {
            return year(((Number) input).intValue());
        }
        throw new IllegalArgumentException("a date is a string such as \"2021-06-30\", \"2021-06\" or \"2021\", or a year");
    }

    private static CalendarDate year(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException(year + " is not a year of four digits");
        }
        return CalendarDate.ofYear(year);
    }
}
