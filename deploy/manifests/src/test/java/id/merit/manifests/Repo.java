package id.merit.manifests;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The checkout these tests read: files under deploy/ and the applications' configuration. */
final class Repo {
    static final Path ROOT = findRoot();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path COMPOSE = ROOT.resolve("deploy/compose");
    static final List<String> SERVICES = List.of("employee-service", "appraisal-service", "feedback-service", "placement-service");
    static final List<String> APPS = List.of("gateway", "employee-service", "appraisal-service", "feedback-service", "placement-service");

    private Repo() {
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("deploy/k8s"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("run from inside the Merit checkout (no deploy/k8s above " + Path.of("").toAbsolutePath() + ")");
        }
        return p;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file as plain maps and lists; anchors and merge keys are resolved. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(file))) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    static Map<String, Object> yaml(Path file) {
        List<Map<String, Object>> docs = yamlDocuments(file);
        if (docs.size() != 1) {
            throw new IllegalStateException(file + " has " + docs.size() + " documents, expected one");
        }
        return docs.get(0);
    }

    /** An application's own application.properties (profile-less keys only matter here). */
    static Properties applicationProperties(String app) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(app).resolve("src/main/resources/application.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static int httpPort(String app) {
        return Integer.parseInt(applicationProperties(app).getProperty("quarkus.http.port"));
    }

    /** A property of the root pom (versions shared by the launcher and these manifests). */
    static String pomProperty(String name) {
        String pom = read(ROOT.resolve("pom.xml"));
        var m = java.util.regex.Pattern.compile("<" + java.util.regex.Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        if (!m.find()) {
            throw new IllegalStateException("no <" + name + "> in the root pom.xml");
        }
        return m.group(1).trim();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        Object o = at(node, path);
        return o == null ? new LinkedHashMap<>() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String... path) {
        Object o = at(node, path);
        return o == null ? new ArrayList<>() : (List<Object>) o;
    }

    static String str(Object node, String... path) {
        Object o = at(node, path);
        return o == null ? null : String.valueOf(o);
    }

    @SuppressWarnings("unchecked")
    static Object at(Object node, String... path) {
        Object cur = node;
        for (String key : path) {
            if (!(cur instanceof Map)) {
                return null;
            }
            cur = ((Map<String, Object>) cur).get(key);
        }
        return cur;
    }
}
