package org.ecosystemmap.graphql;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The GraphQL module on its own, for its tests. */
@SpringBootApplication
public class GraphQlTestApplication {
}
