package id.merit.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The end-to-end bad-input sweep's traffic in small: several threads, each an ordinary JDK client reusing its
 * keep-alive connections, post thousands of small bodies (empty, 2, 5 bytes, and now and then 300 KB) that the
 * upstream refuses fast — after reading the body, before it, with Connection: close, or closing the socket right
 * after the answer. No request may find its connection closed without an answer.
 */
@QuarkusTest
class SmallBodySweepTests {
    private static final int THREADS = 8;
    /** Below the test profile's 40 requests per subject and window. */
    private static final int PER_TOKEN = 35;
    private static final String[] BODIES = {"", "[]", "{\"a\":", "[]", "{}", "[\"" + "x".repeat(300_000) + "\"]"};

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void everySmallBodyTheUpstreamRefusesFastGetsTheUpstreamsAnswer() throws Exception {
        sweep(new String[]{"read", "early", "close"}, 400, status -> false);
    }

    @Test
    void anUpstreamClosingRightAfterItsAnswerNeverCostsTheClientAnAnswer() throws Exception {
        // The upstream closes without saying so: a request the gateway sends on that connection before it has
        // seen the close fails, and the gateway cannot know whether the upstream got it — a 502 problem then (and
        // a 503 once those open the breaker), never a connection closed without an answer.
        sweep(new String[]{"slam"}, 100, status -> status == 502 || status == 503);
    }

    @Test
    void anAnswerLostAfterItsHeadIsA502ProblemNotAClosedConnection() throws Exception {
        // Nothing of the answer has reached the client yet (the gateway writes the head with the first bytes of the
        // body): it can still be told properly what happened.
        sweep(new String[]{"cut"}, 10, status -> status == 502 || status == 503);
    }

    private void sweep(String[] modes, int perThread, Predicate<Integer> alsoAccepted) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> sweep(thread, modes, perThread, alsoAccepted)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> r : results) {
                failures.addAll(r.get(5, TimeUnit.MINUTES));
            }
            Map<String, Long> byKind = failures.stream().collect(Collectors.groupingBy(
                    f -> f.substring(0, f.indexOf(' ')) + " " + f.substring(f.indexOf(": ") + 2, Math.min(f.length(), f.indexOf(": ") + 60)),
                    TreeMap::new, Collectors.counting()));
            assertTrue(failures.isEmpty(), failures.size() + " of " + THREADS * perThread + " requests failed, by mode and answer "
                    + byKind + "; the first: " + failures.subList(0, Math.min(10, failures.size())));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> sweep(int thread, String[] modes, int perThread, Predicate<Integer> alsoAccepted)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> failures = new ArrayList<>();
        String run = thread + "-" + System.nanoTime();
        String token = null;
        for (int i = 0; i < perThread; i++) {
            if (i % PER_TOKEN == 0) {
                token = FakeIdentityProvider.token("sweeper-" + run + "-" + i, "hr-admin");
            }
            String mode = modes[(i + thread) % modes.length];
            String body = BODIES[(i / modes.length + thread) % BODIES.length];
            URI uri = URI.create(gateway + "api/v1/test-edge/small-refuse/" + run + "-" + i + "?mode=" + mode);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            String what = mode + " body '" + (body.length() > 10 ? body.length() + " bytes" : body) + "' #" + thread + "/" + i;
            try {
                HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                boolean upstreams = answer.statusCode() == 400 && answer.body().contains("\"refused\":\"" + mode + "\"");
                boolean problem = alsoAccepted.test(answer.statusCode())
                        && answer.headers().firstValue("Content-Type").orElse("").equals("application/problem+json");
                if (!upstreams && !problem) {
                    failures.add(what + ": " + answer.statusCode() + " " + answer.body());
                }
            } catch (java.io.IOException e) {
                failures.add(what + ": " + e);
            }
        }
        return failures;
    }
}
