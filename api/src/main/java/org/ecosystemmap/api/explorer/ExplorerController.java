package org.ecosystemmap.api.explorer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The explorer is one page; its shareable addresses ({@code /?q=}, {@code /entity/{id}}, {@code /path},
 * ...) all load that page, which then shows the view the address names, in the language the address
 * names ({@code ?lang=nl}, {@code ?lang=en}) or the browser prefers.
 */
@Controller
public class ExplorerController {

    @GetMapping({"/entity/{id}", "/path", "/shared", "/network", "/brokers", "/changes", "/programmes", "/goals"})
    public String view() {
        return "forward:/index.html";
    }
}
