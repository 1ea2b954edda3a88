package dev.docket.web.api;

import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import dev.docket.web.json.Json;
import dev.docket.web.json.JsonFields;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Small helpers shared by the route classes. */
final class Replies {
    private Replies() {
    }

    static WebResponse json(int status, JsonNode body) {
        return WebResponse.json(status, Json.bytes(body));
    }

    /** The body as a JSON object with only {@code allowed} fields (an empty body reads as {@code {}}). */
    static JsonFields body(WebRequest request, List<String> allowed) {
        JsonNode node = request.hasBody() ? Json.parse(request.body()) : Json.object();
        return JsonFields.of(node, "", allowed);
    }

    /** Refuses a body with anything in it: actions such as retry take no fields. */
    static void requireNoFields(WebRequest request) {
        body(request, List.of());
    }
}
