package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.virtdeck.testing.DemoApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Watches that resume from a resourceVersion get the real events after it; versions the server
 * cannot serve (before its start, or dropped from its history) get 410 Gone.
 */
class DemoApiWatchHistoryIT {

  /** A fresh server for each test: each counts its history from its own start. */
  @RegisterExtension final DemoApi demo = DemoApi.empty();

  @Test
  void aResumedWatchGetsTheModifiedDeletedAndAddedEventsAfterItsVersion() {
    vms().resource(DemoVms.vm("default", "keep-01")).create();
    vms().resource(DemoVms.vm("default", "change-01")).create();
    vms().resource(DemoVms.vm("default", "gone-01")).create();
    String listed = vms().list().getMetadata().getResourceVersion();

    vms()
        .withName("change-01")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"labels\":{\"x\":\"1\"}}}");
    vms().withName("gone-01").delete();
    vms().resource(DemoVms.vm("default", "new-01")).create();
    var events = new CopyOnWriteArrayList<String>();
    try (var watch =
        vms()
            .watch(
                new ListOptionsBuilder().withResourceVersion(listed).build(),
                new Recorder(events, new CompletableFuture<>()))) {

      await().atMost(Duration.ofSeconds(30)).until(() -> events.size() >= 3);
      assertThat(events).containsExactly("MODIFIED change-01", "DELETED gone-01", "ADDED new-01");

      vms().withName("keep-01").delete();
      await().atMost(Duration.ofSeconds(30)).until(() -> events.size() >= 4);
      assertThat(events).last().isEqualTo("DELETED keep-01");
    }
  }

  @Test
  void aWatchFromBeforeTheServerStartedIsGone() throws Exception {
    vms().resource(DemoVms.vm("default", "any-01")).create();
    var closed = new CompletableFuture<WatcherException>();

    try (var watch =
        vms()
            .watch(
                new ListOptionsBuilder().withResourceVersion("12").build(),
                new Recorder(new CopyOnWriteArrayList<>(), closed))) {
      WatcherException cause = closed.get(30, TimeUnit.SECONDS);

      assertThat(cause.isHttpGone()).isTrue();
    }
  }

  @Test
  void aRawWatchFromAnUnknownVersionGetsAnErrorEventWith410() throws Exception {
    var messages = new CopyOnWriteArrayList<String>();
    String url =
        demo.server().url().replace("http://", "ws://")
            + "/apis/kubevirt.io/v1/namespaces/default/virtualmachines?watch=true&resourceVersion=7";
    try (var http = HttpClient.newHttpClient()) {
      WebSocket socket =
          http.newWebSocketBuilder()
              .buildAsync(URI.create(url), new Collector(messages))
              .get(30, TimeUnit.SECONDS);

      await().atMost(Duration.ofSeconds(30)).until(() -> !messages.isEmpty());
      socket.abort();
    }

    assertThat(messages.getFirst())
        .contains("\"type\":\"ERROR\"")
        .contains("\"code\":410")
        .contains("\"reason\":\"Expired\"");
  }

  private io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<
          GenericKubernetesResource,
          io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
          io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>>
      vms() {
    return demo.admin()
        .genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND)
        .inNamespace("default");
  }

  private record Recorder(List<String> events, CompletableFuture<WatcherException> closed)
      implements Watcher<GenericKubernetesResource> {

    @Override
    public void eventReceived(Action action, GenericKubernetesResource resource) {
      events.add(action + " " + resource.getMetadata().getName());
    }

    @Override
    public void onClose(WatcherException cause) {
      closed.complete(cause);
    }
  }

  private record Collector(List<String> messages) implements WebSocket.Listener {

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      messages.add(data.toString());
      socket.request(1);
      return null;
    }
  }
}
