package io.virtdeck.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.WatchEvent;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** VirtDeck's client skips managedFields while parsing and keeps everything else. */
class LeanSerializationTest {

  private static final String VM =
      """
      {"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine",
       "metadata": {"name": "web-01", "namespace": "shop", "resourceVersion": "42",
         "labels": {"app": "web"}, "annotations": {"virtdeck.io/notes": "n"},
         "managedFields": [{"manager": "kubectl", "operation": "Update", "fieldsType": "FieldsV1",
           "fieldsV1": {"f:metadata": {"f:labels": {".": {}, "f:app": {}}}}}],
         "someFutureField": {"kept": true}},
       "spec": {"runStrategy": "Always"},
       "status": {"printableStatus": "Running"}}
      """;

  @Test
  void skipsManagedFieldsKeepsTheRestOfTheMetadata() {
    VirtualMachine vm = LeanSerialization.create().unmarshal(VM, VirtualMachine.class);

    var metadata = vm.getMetadata();
    assertThat(metadata.getManagedFields()).isNullOrEmpty();
    assertThat(metadata.getName()).isEqualTo("web-01");
    assertThat(metadata.getResourceVersion()).isEqualTo("42");
    assertThat(metadata.getLabels()).containsEntry("app", "web");
    assertThat(metadata.getAnnotations()).containsEntry("virtdeck.io/notes", "n");
    assertThat(metadata.getAdditionalProperties()).containsKey("someFutureField");
    assertThat(vm.getSpec().runStrategy).isEqualTo("Always");
    assertThat(vm.getStatus().printableStatus).isEqualTo("Running");
  }

  @Test
  void skipsThemInKubernetesOwnKindsToo() {
    String claim =
        """
        {"apiVersion": "v1", "kind": "PersistentVolumeClaim",
         "metadata": {"name": "disk", "namespace": "shop",
           "managedFields": [{"manager": "kubectl", "operation": "Update"}]},
         "spec": {"storageClassName": "fast"}}
        """;

    var parsed = LeanSerialization.create().unmarshal(claim, PersistentVolumeClaim.class);

    assertThat(parsed.getMetadata().getManagedFields()).isNullOrEmpty();
    assertThat(parsed.getSpec().getStorageClassName()).isEqualTo("fast");
  }

  @Test
  void readsAWatchEventsObjectAsTheModelledKindNotAsGenericMaps() {
    assertThat(LeanSerialization.MODELLED)
        .contains(VirtualMachine.class, VirtualMachineInstance.class, DataVolume.class);
    for (var kind : LeanSerialization.MODELLED) {
      var sample = LeanSerialization.create().convertValue(Map.of(), kind);
      String event =
          """
          {"type": "MODIFIED", "object": {"apiVersion": "%s", "kind": "%s",
           "metadata": {"name": "x", "namespace": "shop"}}}
          """
              .formatted(sample.getApiVersion(), sample.getKind());

      WatchEvent parsed = LeanSerialization.create().unmarshal(event, WatchEvent.class);

      assertThat(parsed.getObject()).as(sample.getKind()).isInstanceOf(kind);
    }
  }
}
