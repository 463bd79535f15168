package org.ecosystemmap.api.explorer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The explorer is one page; its shareable addresses ({@code /?q=}, {@code /entity/{id}}, {@code /path},
 * ...) all load that page, which then shows the view the address names.
 */
@Controller
public class ExplorerController {

    @GetMapping({"/entity/{id}", "/path", "/shared", "/brokers", "/programmes"})
    public String view() {
        return "forward:/index.html";
    }
}
