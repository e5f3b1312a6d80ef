package io.virtdeck.cluster.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every modelled kind names its plural and singular. Without the names fabric8 derives the plural
 * with its regex-based pluralizer in every object's constructor: at 45,000 VMs that was a quarter
 * of the informers' list-parsing time during start-up.
 */
class ModelNamesTest {

  private static final Map<Class<? extends CustomResource<?, ?>>, String> PLURALS =
      Map.of(
          VirtualMachine.class, "virtualmachines",
          VirtualMachineInstance.class, "virtualmachineinstances",
          VirtualMachineInstanceMigration.class, "virtualmachineinstancemigrations",
          VirtualMachineRestore.class, "virtualmachinerestores",
          VirtualMachineSnapshot.class, "virtualmachinesnapshots",
          DataVolume.class, "datavolumes",
          NetworkAttachmentDefinition.class, "network-attachment-definitions");

  @Test
  void everyKindNamesItsPluralAndSingular() {
    PLURALS.forEach(
        (type, plural) -> {
          assertThat(type.getAnnotation(Plural.class)).as(type.getSimpleName()).isNotNull();
          assertThat(type.getAnnotation(Singular.class)).as(type.getSimpleName()).isNotNull();
          assertThat(HasMetadata.getPlural(type)).isEqualTo(plural);
        });
  }

  @Test
  void theNamesAreTheApiServersResourceNames() {
    assertThat(new VirtualMachine().getPlural()).isEqualTo("virtualmachines");
    assertThat(new VirtualMachine().getSingular()).isEqualTo("virtualmachine");
    assertThat(new DataVolume().getCRDName()).isEqualTo("datavolumes.cdi.kubevirt.io");
    assertThat(new VirtualMachineSnapshot().getCRDName())
        .isEqualTo("virtualmachinesnapshots.snapshot.kubevirt.io");
  }
}
