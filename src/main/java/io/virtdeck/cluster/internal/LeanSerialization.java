package io.virtdeck.cluster.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.kubernetes.model.jackson.Jackson2JdkTypesModule;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.NetworkAttachmentDefinition;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VirtualMachineInstanceMigration;
import io.virtdeck.cluster.model.VirtualMachineRestore;
import io.virtdeck.cluster.model.VirtualMachineSnapshot;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping of VirtDeck's own client: fabric8's default, except that {@code
 * metadata.managedFields} is skipped while parsing instead of being built into objects and then
 * dropped by {@link TrimmingItemStore}. On a real cluster it is often half of an object's JSON, so
 * a large share of the informers' start-up parsing. VirtDeck never reads it and never writes whole
 * objects back (changes are patches), so nothing is lost; {@code kubectl get -o yaml} hides it too.
 * It also knows VirtDeck's model kinds, so that watch events are read into them directly.
 */
public final class LeanSerialization {

  @JsonIgnoreProperties("managedFields")
  private abstract static class WithoutManagedFields {}

  private LeanSerialization() {}

  /** VirtDeck's own kinds: fabric8 reads a watch event's object as one of these only if told. */
  static final List<Class<? extends HasMetadata>> MODELLED =
      List.of(
          VirtualMachine.class,
          VirtualMachineInstance.class,
          VirtualMachineInstanceMigration.class,
          VirtualMachineSnapshot.class,
          VirtualMachineRestore.class,
          DataVolume.class,
          NetworkAttachmentDefinition.class);

  public static KubernetesSerialization create() {
    var serialization =
        new KubernetesSerialization(
            JsonMapper.builderWithJackson2Defaults()
                .addModule(new Jackson2JdkTypesModule()) // as fabric8's default mapping
                .addMixIn(ObjectMeta.class, WithoutManagedFields.class)
                .build(),
            true);
    // Without this, each watch event of these kinds is read into generic maps and then converted
    // into the model (fabric8's convertValue): two parses per event.
    MODELLED.forEach(serialization::registerKubernetesResource);
    return serialization;
  }
}
