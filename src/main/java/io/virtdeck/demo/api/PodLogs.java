package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code kubectl logs} of a demo pod: nothing runs in the demo's virt-launcher pods, so their log
 * is a fixed text saying so; a pod that does not exist is a 404 as usual.
 */
final class PodLogs {

  private static final Pattern LOG =
      Pattern.compile("^/api/v1/namespaces/([^/]+)/pods/([^/]+)/log$");

  private PodLogs() {}

  /** The answer to a GET of {@code path}, or null when it is not a pod's log. */
  static @Nullable MockResponse answer(IndexedCrudStore store, String path) {
    var matcher = LOG.matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    String pod = "/api/v1/namespaces/" + matcher.group(1) + "/pods/" + matcher.group(2);
    if (store.findResource(store.getKey(pod)) == null) {
      return null; // the store answers 404, rewritten into a Status
    }
    return new MockResponse()
        .setResponseCode(200)
        .setHeader(JsonResponses.CONTENT_TYPE, "text/plain")
        .setBody(
            "{\"component\":\"virt-launcher\",\"level\":\"info\",\"msg\":\"This is a demo"
                + " cluster: pod "
                + matcher.group(2)
                + " stands for the VM's virt-launcher, and no guest runs in it.\"}\n");
  }
}
