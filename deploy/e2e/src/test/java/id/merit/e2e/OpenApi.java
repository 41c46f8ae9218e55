package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The gateway's merged OpenAPI document as a list of operations, with $refs resolved. */
public final class OpenApi {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    public record Param(String name, String in, boolean required, JsonNode schema) {
    }

    public record Op(String method, String path, List<Param> params, String contentType, JsonNode bodySchema,
                     boolean bodyRequired, List<String> roles) {
        public String key() {
            return method + " " + path;
        }

        public List<Param> pathParams() {
            return params.stream().filter(p -> p.in().equals("path")).toList();
        }
    }

    private final JsonNode doc;
    private final List<Op> ops = new ArrayList<>();

    public OpenApi(JsonNode doc) {
        this.doc = doc;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Param> shared = params(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                JsonNode op = m.getValue();
                List<Param> ps = new ArrayList<>(shared);
                ps.addAll(params(op.path("parameters")));
                JsonNode content = op.path("requestBody").path("content");
                String type = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                if (content.has("application/json")) {
                    type = "application/json";
                }
                JsonNode schema = type == null ? MissingNode.getInstance() : resolve(content.path(type).path("schema"));
                List<String> roles = new ArrayList<>();
                op.path("security").forEach(req -> req.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText()))));
                ops.add(new Op(m.getKey().toUpperCase(), path.getKey(), ps, type, schema,
                        op.path("requestBody").path("required").asBoolean(false), roles));
            }
        }
        ops.sort(java.util.Comparator.comparing(Op::path).thenComparing(Op::method));
    }

    private List<Param> params(JsonNode list) {
        List<Param> out = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode r = resolve(p);
            out.add(new Param(r.path("name").asText(), r.path("in").asText(), r.path("required").asBoolean(false),
                    resolve(r.path("schema"))));
        }
        return out;
    }

    /** Follows a local $ref (#/components/...) to its target. */
    public JsonNode resolve(JsonNode node) {
        int guard = 0;
        while (node != null && node.has("$ref") && guard++ < 20) {
            String ref = node.path("$ref").asText();
            JsonNode target = doc;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    public List<Op> operations() {
        return ops;
    }
}
