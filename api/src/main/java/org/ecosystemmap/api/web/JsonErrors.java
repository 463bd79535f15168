package org.ecosystemmap.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A refused request gets a small JSON body saying why, like the rest of the API. */
public final class JsonErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonErrors() {
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(JSON.writeValueAsString(Map.of("status", status, "error", message)));
    }
}
