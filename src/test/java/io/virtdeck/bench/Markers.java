package io.virtdeck.bench;

import io.virtdeck.demo.scale.ScalePlan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes in the cluster whose arrival the browsers can see: each sets a VM's {@code
 * status.printableStatus} (the grid's Status column) to {@code Mark-N} through the Kubernetes API,
 * on the first VMs of the folder the sessions show, while the churn generator changes others. The
 * change is in the cluster when the API server answers; that instant starts the clock.
 */
final class Markers {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String apiUrl;
  private final List<String> targets = new ArrayList<>();
  private final String namespace;
  private final Map<String, Long> madeAt = new LinkedHashMap<>();

  Markers(String apiUrl, ScalePlan plan, int targetCount) {
    this.apiUrl = apiUrl;
    this.namespace = ScalePlan.namespace(0);
    for (int i = 0; i < targetCount; i++) {
      targets.add(ScalePlan.vmName(i * plan.namespaces()));
    }
  }

  /** Makes marker {@code n} on the next target; returns the epoch ms the API confirmed it. */
  long mark(int n) throws Exception {
    String vm = targets.get(n % targets.size());
    String body = "{\"status\":{\"printableStatus\":\"Mark-" + n + "\"}}";
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    apiUrl
                        + "/apis/kubevirt.io/v1/namespaces/"
                        + namespace
                        + "/virtualmachines/"
                        + vm
                        + "/status"))
            .header("Content-Type", "application/merge-patch+json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.discarding());
    long now = System.currentTimeMillis();
    if (response.statusCode() >= 300) {
      throw new IllegalStateException("marker patch failed: " + response.statusCode());
    }
    madeAt.put("Mark-" + n, now);
    return now;
  }

  /** Latencies in ms (seen − made) over every session, and how many were never seen. */
  record Result(List<Double> latencies, int missing) {}

  Result result(List<Map<String, Double>> seenBySession) {
    var latencies = new ArrayList<Double>();
    int missing = 0;
    for (var seen : seenBySession) {
      for (var made : madeAt.entrySet()) {
        Double at = seen.get(made.getKey());
        if (at == null) {
          missing++;
        } else {
          latencies.add(Math.max(0, at - made.getValue()));
        }
      }
    }
    return new Result(latencies, missing);
  }
}
