package id.merit.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OpenApiMergeTests {
    private static JsonObject doc(String path, String schema, JsonObject definition) {
        return new JsonObject().put("openapi", "3.1.0")
                .put("paths", new JsonObject().put(path, new JsonObject()))
                .put("components", new JsonObject().put("schemas", new JsonObject().put(schema, definition)));
    }

    @Test
    void aComponentDefinedDifferentlyKeepsTheFirstAndIsReported() {
        Map<String, JsonObject> docs = new LinkedHashMap<>();
        docs.put("a", doc("/api/v1/a", "Item", new JsonObject().put("type", "object")));
        docs.put("b", doc("/api/v1/b", "Item", new JsonObject().put("type", "string")));
        JsonObject merged = OpenApiMerge.merge(docs, Map.of("a", List.of("/api/v1/a"), "b", List.of("/api/v1/b")), List.of());
        assertEquals("object", merged.getJsonObject("components").getJsonObject("schemas").getJsonObject("Item").getString("type"));
        assertEquals(new JsonArray().add("schemas/Item (b)"), merged.getJsonArray("x-merit-conflicts"));
    }

    @Test
    void onlyRoutedPathsAreShownAndMissingServicesAreNamed() {
        Map<String, JsonObject> docs = Map.of("a", doc("/api/v1/ab", "X", new JsonObject()));
        JsonObject merged = OpenApiMerge.merge(docs, Map.of("a", List.of("/api/v1/a")), List.of("c"));
        assertNull(merged.getJsonObject("paths").getValue("/api/v1/ab"), "a prefix matches whole segments only");
        assertEquals(new JsonArray().add("c"), merged.getJsonArray("x-merit-unavailable"));
    }
}
