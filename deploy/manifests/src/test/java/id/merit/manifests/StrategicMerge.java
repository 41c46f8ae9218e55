package id.merit.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kubernetes strategic merge for the fields deploy/k8s patches: maps merge key by key (null deletes), lists of
 * containers, env, volumes merge by name, volume mounts by mountPath, ports by containerPort (pods) or port
 * (services); every other list is replaced, as the API's patch strategy says for those fields.
 */
final class StrategicMerge {
    private StrategicMerge() {
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            Object current = target.get(key);
            if (value == null) {
                target.remove(key);
            } else if (value instanceof Map && current instanceof Map) {
                apply((Map<String, Object>) current, (Map<String, Object>) value);
            } else if (value instanceof List && current instanceof List && mergeKey(key, (List<Object>) value) != null) {
                mergeList((List<Object>) current, (List<Object>) value, mergeKey(key, (List<Object>) value));
            } else {
                target.put(key, value);
            }
        }
    }

    private static String mergeKey(String field, List<Object> items) {
        return switch (field) {
            case "containers", "initContainers", "env", "volumes" -> "name";
            case "volumeMounts" -> "mountPath";
            case "ports" -> items.stream().allMatch(i -> i instanceof Map<?, ?> m && m.containsKey("containerPort")) ? "containerPort" : "port";
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private static void mergeList(List<Object> current, List<Object> patch, String key) {
        List<Object> added = new ArrayList<>();
        for (Object p : patch) {
            Map<String, Object> item = (Map<String, Object>) p;
            current.stream().map(c -> (Map<String, Object>) c)
                    .filter(c -> Objects.equals(String.valueOf(c.get(key)), String.valueOf(item.get(key))))
                    .findFirst()
                    .ifPresentOrElse(c -> apply(c, item), () -> added.add(item));
        }
        current.addAll(added);
    }
}
