package id.merit.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables an application cannot start without, read from its code and configuration: the
 * connection settings every service needs, plus each top-level setting of its @ConfigMapping interfaces that has
 * no @WithDefault, is not Optional and is not set in its application.properties (e.g. MERIT_FEEDBACK_TOKEN_SECRET).
 */
final class RequiredSettings {
    static final List<String> SERVICE_CONNECTIONS = List.of("QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_AUTH_SERVER_URL");
    static final List<String> GATEWAY_CONNECTIONS = List.of("QUARKUS_HTTP_PORT", "QUARKUS_OIDC_AUTH_SERVER_URL",
            "EMPLOYEE_SERVICE_URL", "APPRAISAL_SERVICE_URL", "FEEDBACK_SERVICE_URL", "PLACEMENT_SERVICE_URL");

    private static final Pattern PREFIX = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern METHOD = Pattern.compile("^ {4}(\\S[\\w.<>, ]*?)\\s+(\\w+)\\(\\);\\s*$");
    private static final Pattern NESTED = Pattern.compile("^ {4}interface\\s+(\\w+)");

    private RequiredSettings() {
    }

    static Set<String> of(String app) {
        Set<String> env = new LinkedHashSet<>(app.equals("gateway") ? GATEWAY_CONNECTIONS : SERVICE_CONNECTIONS);
        env.addAll(fromConfigMappings(app));
        return env;
    }

    static Set<String> fromConfigMappings(String app) {
        Properties props = Repo.applicationProperties(app);
        Set<String> env = new LinkedHashSet<>();
        for (Path source : configSources(app)) {
            List<String> lines = List.of(Repo.read(source).split("\n"));
            Matcher prefix = PREFIX.matcher(String.join("\n", lines));
            if (!prefix.find()) {
                continue;
            }
            Set<String> groups = new LinkedHashSet<>();
            lines.forEach(l -> {
                Matcher n = NESTED.matcher(l);
                if (n.find()) {
                    groups.add(n.group(1));
                }
            });
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = METHOD.matcher(lines.get(i));
                if (!m.matches()) {
                    continue;
                }
                String type = m.group(1).trim();
                boolean defaulted = i > 0 && lines.get(i - 1).contains("@WithDefault");
                if (defaulted || type.startsWith("Optional") || type.startsWith("Map") || groups.contains(type)) {
                    continue;
                }
                String key = prefix.group(1) + "." + kebab(m.group(2));
                if (props.stringPropertyNames().stream().noneMatch(p -> p.equals(key) || p.startsWith(key + "."))) {
                    env.add(key.toUpperCase().replace('.', '_').replace('-', '_'));
                }
            }
        }
        return env;
    }

    private static List<Path> configSources(String app) {
        Path src = Repo.ROOT.resolve(app).resolve("src/main/java");
        try (Stream<Path> s = Files.walk(src)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".java") && p.getParent().getFileName().toString().equals("config"))
                    .sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
