package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.WatchEvent;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;

/**
 * A watch from a resourceVersion the server cannot serve: as kube-apiserver, it sends one ERROR
 * event whose Status is 410 Gone (reason Expired) and ends, so that the client lists again.
 */
final class GoneWatch extends WebSocketListener {

  private final long requested;
  private final long latest;

  GoneWatch(long requested, long latest) {
    this.requested = requested;
    this.latest = latest;
  }

  /** The ERROR event's JSON. */
  String event() {
    var status =
        new StatusBuilder()
            .withApiVersion("v1")
            .withKind("Status")
            .withNewMetadata()
            .endMetadata()
            .withStatus("Failure")
            .withReason("Expired")
            .withCode(410)
            .withMessage("too old resource version: " + requested + " (" + latest + ")")
            .build();
    return Serialization.asJson(new WatchEvent(status, "ERROR"));
  }

  @Override
  public void onOpen(WebSocket socket, Response response) {
    socket.send(event());
    socket.close(1000, "resource version too old");
  }
}
