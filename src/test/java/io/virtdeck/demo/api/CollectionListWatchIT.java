package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.virtdeck.testing.DemoApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A watch from a (paged) list's resourceVersion gets every later change and no replay. */
class CollectionListWatchIT {

  @RegisterExtension static final DemoApi demo = DemoApi.empty();

  @Test
  void aWatchFromTheListVersionSeesTheLaterChangesOnly() {
    String path = CollectionListsIT.vmsPath("watched");
    for (String name : List.of("vm-1", "vm-2", "vm-3")) {
      demo.server().bulk().create(path, DemoVms.vm("watched", name));
    }
    var vms =
        demo.admin()
            .genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND)
            .inNamespace("watched");
    var first = vms.list(new ListOptionsBuilder().withLimit(2L).build());
    var rest =
        vms.list(
            new ListOptionsBuilder()
                .withLimit(2L)
                .withContinue(first.getMetadata().getContinue())
                .build());
    assertThat(rest.getItems()).hasSize(1);
    String version = rest.getMetadata().getResourceVersion();
    assertThat(version).isEqualTo(first.getMetadata().getResourceVersion());

    // changed after the list, before the watch opens: the watch must still report it
    demo.server()
        .bulk()
        .update(
            path,
            "vm-2",
            vm -> {
              vm.getMetadata().setLabels(Map.of("changed", "before-watch"));
              return vm;
            });
    var events = new CopyOnWriteArrayList<String>();
    Watcher<GenericKubernetesResource> watcher =
        new Watcher<>() {
          @Override
          public void eventReceived(Action action, GenericKubernetesResource vm) {
            events.add(action + " " + vm.getMetadata().getName());
          }

          @Override
          public void onClose(WatcherException cause) {}
        };
    try (Watch ignored =
        vms.watch(new ListOptionsBuilder().withResourceVersion(version).build(), watcher)) {
      vms.withName("vm-3").delete();
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(() -> assertThat(events).contains("DELETED vm-3"));
      // as from a real API server's watch cache: the change is MODIFIED, not a second ADDED
      assertThat(events).containsExactly("MODIFIED vm-2", "DELETED vm-3");
    }
  }
}
