package io.virtdeck.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists each large collection of the demo cluster once, in pages as VirtDeck's informers ask for
 * them, before VirtDeck starts. A real cluster's API server has served lists for days when a
 * console starts; the demo API server is a JVM seeded seconds before, whose list and page code is
 * still interpreted. Without this, its just-in-time compilation ran on the 2 cores VirtDeck starts
 * on: the demo server used 8.6 s of CPU during VirtDeck's start, against 2-3.5 s once it had served
 * lists before (docs/BENCHMARKS.md).
 */
final class DemoWarmUp {

  /** The collections VirtDeck lists that hold thousands of objects at scale. */
  static final List<String> LARGE =
      List.of(
          "/apis/kubevirt.io/v1/virtualmachines",
          "/apis/kubevirt.io/v1/virtualmachineinstances",
          "/api/v1/persistentvolumeclaims",
          "/apis/cdi.kubevirt.io/v1beta1/datavolumes",
          "/apis/snapshot.kubevirt.io/v1beta1/virtualmachinesnapshots",
          "/api/v1/nodes");

  private static final Pattern CONTINUE = Pattern.compile("\"continue\":\"([^\"]+)\"");
  private static final int PAGE = 2_000;

  private DemoWarmUp() {}

  /** Lists every large collection once; returns the pages read. */
  static int run(String apiUrl) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    int pages = 0;
    for (String path : LARGE) {
      String next = "";
      do {
        String url = apiUrl + path + "?limit=" + PAGE + (next.isEmpty() ? "" : "&continue=" + next);
        var response =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        pages++;
        next = continueToken(response.body());
      } while (!next.isEmpty());
    }
    return pages;
  }

  /** The list's {@code metadata.continue}, from the start of the body; empty on the last page. */
  static String continueToken(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 1_000), StandardCharsets.UTF_8);
    int items = head.indexOf("\"items\"");
    var match = CONTINUE.matcher(items < 0 ? head : head.substring(0, items));
    return match.find() ? match.group(1) : "";
  }
}
