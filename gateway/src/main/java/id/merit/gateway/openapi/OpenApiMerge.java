package id.merit.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;

/**
 * Folds the services' OpenAPI documents into one. Paths are kept only when the gateway routes them to that
 * service (so the document shows what callers can actually reach); components and tags are united, and a
 * component two services define differently keeps the first definition and is listed in {@code x-merit-conflicts}.
 */
public final class OpenApiMerge {
    private OpenApiMerge() {
    }

    public static JsonObject merge(Map<String, JsonObject> documents, Map<String, List<String>> prefixes,
                                   List<String> unavailable) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        JsonArray tags = new JsonArray();
        JsonArray conflicts = new JsonArray();
        String version = "3.0.3";
        for (Map.Entry<String, JsonObject> e : documents.entrySet()) {
            JsonObject doc = e.getValue();
            version = doc.getString("openapi", version);
            JsonObject docPaths = doc.getJsonObject("paths", new JsonObject());
            for (String path : docPaths.fieldNames()) {
                if (routed(path, prefixes.getOrDefault(e.getKey(), List.of()))) {
                    paths.put(path, docPaths.getValue(path));
                }
            }
            JsonObject docComponents = doc.getJsonObject("components", new JsonObject());
            for (String section : docComponents.fieldNames()) {
                JsonObject target = components.getJsonObject(section);
                if (target == null) {
                    target = new JsonObject();
                    components.put(section, target);
                }
                JsonObject source = docComponents.getJsonObject(section);
                for (String name : source.fieldNames()) {
                    Object existing = target.getValue(name);
                    if (existing == null) {
                        target.put(name, source.getValue(name));
                    } else if (!existing.equals(source.getValue(name))) {
                        conflicts.add(section + "/" + name + " (" + e.getKey() + ")");
                    }
                }
            }
            for (Object tag : doc.getJsonArray("tags", new JsonArray())) {
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
        }
        JsonObject merged = new JsonObject()
                .put("openapi", version)
                .put("info", new JsonObject().put("title", "Merit API")
                        .put("description", "All Merit services behind the gateway: " + String.join(", ", documents.keySet()))
                        .put("version", "v1"))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("paths", paths);
        if (!components.isEmpty()) {
            merged.put("components", components);
        }
        if (!tags.isEmpty()) {
            merged.put("tags", tags);
        }
        if (!conflicts.isEmpty()) {
            merged.put("x-merit-conflicts", conflicts);
        }
        if (!unavailable.isEmpty()) {
            merged.put("x-merit-unavailable", new JsonArray(List.copyOf(unavailable)));
        }
        return merged;
    }

    static boolean routed(String path, List<String> prefixes) {
        for (String p : prefixes) {
            if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }
}
