package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.BaseSubscriber;

/** Every change reaches every subscriber, however slow; the informer counts its events itself. */
class InformerCacheTest {

  @Test
  void aSlowSubscriberMissesNoChange() {
    var cache = new InformerCache<ConfigMap>("ConfigMap");
    List<String> seen = new CopyOnWriteArrayList<>();
    var slow =
        new BaseSubscriber<ResourceEvent<ConfigMap>>() {
          @Override
          protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
            request(1); // busy: asks for one change, and for more only later
          }

          @Override
          protected void hookOnNext(ResourceEvent<ConfigMap> event) {
            seen.add(event.key().name());
          }
        };
    cache.changes().subscribe(slow);

    IntStream.range(0, 1_000).forEach(i -> cache.onAdd(configMap("vm-" + i)));
    slow.request(Long.MAX_VALUE);

    assertThat(seen).hasSize(1_000).startsWith("vm-0").endsWith("vm-999");
  }

  @Test
  void countsItsEventsByTypeWithoutASubscriberAndNotResyncs() {
    var cache = new InformerCache<ConfigMap>("ConfigMap");
    ConfigMap first = configMap("vm-1", "1");

    cache.onAdd(first);
    cache.onAdd(configMap("vm-2", "1"));
    cache.onUpdate(first, configMap("vm-1", "2"));
    cache.onUpdate(first, configMap("vm-1", "1")); // a resync: same resourceVersion
    cache.onDelete(first, false);

    assertThat(cache.events(ResourceEvent.Type.ADDED)).isEqualTo(2);
    assertThat(cache.events(ResourceEvent.Type.UPDATED)).isEqualTo(1);
    assertThat(cache.events(ResourceEvent.Type.DELETED)).isEqualTo(1);
  }

  private static ConfigMap configMap(String name) {
    return configMap(name, "1");
  }

  private static ConfigMap configMap(String name, String resourceVersion) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withNamespace("ns")
        .withName(name)
        .withResourceVersion(resourceVersion)
        .endMetadata()
        .build();
  }
}
