package org.ecosystemmap.graphql.limits;

import org.ecosystemmap.graphql.SampleGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = "ecosystem.graphql.max-response-bytes=1KB")
@AutoConfigureGraphQlTester
@DisplayName("The response size cap")
class ResponseSizeLimitTest {

    @Autowired
    GraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @BeforeAll
    static void load() {
        SampleGraph.ensureLoaded("sample");
    }

    @Test
    @DisplayName("stops a query whose answer grows past it, drops the partial answer and says which limit")
    void stopsALargeAnswer() {
        graphQl.document("""
                { partners(first: 20) { edges { node { id name description aliases } } } }""").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("larger than 1 KB")
                        && e.getMessage().contains("ecosystem.graphql.max-response-bytes"))
                .verify().path("partners").pathDoesNotExist();
    }

    @Test
    @DisplayName("lets an answer within it through whole")
    void smallAnswersPass() {
        graphQl.document("{ partners(first: 3) { edges { node { id } } } }").execute()
                .errors().verify().path("partners.edges").entityList(Object.class).hasSize(3);
    }
}
