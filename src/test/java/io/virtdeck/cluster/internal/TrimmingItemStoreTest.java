package io.virtdeck.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The informer store keeps what views read and drops managedFields and kubectl's copy. */
class TrimmingItemStoreTest {

  @Test
  void dropsManagedFieldsAndLastAppliedKeepsOtherAnnotations() {
    var store = new TrimmingItemStore<Pod>();
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withNamespace("shop")
            .withName("web")
            .withManagedFields(List.of(new ManagedFieldsEntry()))
            .withAnnotations(
                Map.of(TrimmingItemStore.LAST_APPLIED, "{\"huge\":true}", "virtdeck.io/notes", "n"))
            .endMetadata()
            .build();

    store.put(store.getKey(pod), pod);

    var kept = store.get("shop/web").getMetadata();
    assertThat(kept.getManagedFields()).isEmpty();
    assertThat(kept.getAnnotations()).containsOnlyKeys("virtdeck.io/notes");
  }
}
