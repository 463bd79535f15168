package org.ecosystemmap.api.graphiql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ecosystemmap.graphql.cookbook.Cookbook;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphiQL at {@code /graphiql}, opening with the cookbook: one tab per example query. Spring's own GraphiQL
 * page is switched off ({@code spring.graphql.graphiql.enabled=false}) because it takes no default tabs and
 * loads GraphiQL from a CDN; this one is served whole by the application, from WebJars.
 */
@Controller
class GraphiQlPage {

    private static final String PLACEHOLDER = "/*COOKBOOK*/[]";

    private final String html;

    GraphiQlPage() throws IOException {
        var template = new ClassPathResource("graphiql/cookbook.html").getContentAsString(StandardCharsets.UTF_8);
        var tabs = Cookbook.examples().stream().map(example -> Map.of("query", example.query())).toList();
        // Inside a <script> data block, "<" could end it ("</script>"); as a JSON escape it is the same character.
        var json = JsonMapper.builder().build().writeValueAsString(tabs).replace("<", "\\u003c");
        this.html = template.replace(PLACEHOLDER, json);
    }

    @GetMapping(value = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page() {
        return html;
    }
}
