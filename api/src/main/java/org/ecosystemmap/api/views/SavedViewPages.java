package org.ecosystemmap.api.views;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The addresses of a saved view: {@code /view/{id}} opens it in the explorer; {@code /embed/view/{id}} shows it
 * alone, read-only, for an iframe on another site (which sites may frame it: {@link EmbedProperties}). Both pages
 * read the view through GraphQL, like every other page of the explorer.
 */
@Controller
public class SavedViewPages {

    @GetMapping("/view/{id}")
    public String view() {
        return "forward:/index.html";
    }

    @GetMapping("/embed/view/{id}")
    public String embedded() {
        return "forward:/embed.html";
    }
}
