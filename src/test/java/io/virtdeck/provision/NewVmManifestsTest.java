package io.virtdeck.provision;

import static io.virtdeck.provision.NewVmFixtures.CATALOG;
import static io.virtdeck.provision.NewVmFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.testing.OpenApiSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The objects the New VM wizard creates: the VM is valid against KubeVirt's OpenAPI (unknown
 * properties refused) for every boot source, names its instance type and preference, clones its
 * boot disk through dataVolumeTemplates, and reads cloud-init from a Secret, so that no password or
 * key is in its spec; the Secret holds the cloud-config, shown masked in tasks.
 */
class NewVmManifestsTest {

  private static final OpenApiSchema SCHEMA = OpenApiSchema.kubevirtVirtualMachine();

  private static NewVm booting(NewVm.Source source, String instanceType) {
    return valid(
        d -> {
          d.instanceType = instanceType;
          d.cpus = "2";
          d.memory = "4Gi";
          d.preference = instanceType.isEmpty() ? "" : d.preference;
          d.boot =
              new NewVm.BootDisk(
                  source,
                  source == NewVm.Source.CLONE_DISK
                      ? new io.virtdeck.cluster.ResourceKey("dev", "scratch")
                      : NewVmFixtures.FEDORA,
                  "quay.io/containerdisks/fedora:41",
                  "ceph-rbd",
                  "30Gi");
        });
  }

  private static Map<String, Object> vm(NewVm vm) {
    return new VmCreationPlan(vm, CATALOG).vmManifest();
  }

  @Test
  void everyBootSourceGivesAVmValidAgainstKubeVirtsSchema() {
    for (NewVm.Source source : NewVm.Source.values()) {
      for (String type : List.of("u1.medium", "")) {
        Map<String, Object> manifest = vm(booting(source, type));
        assertThat(SCHEMA.problems(manifest, "v1.VirtualMachine", Set.of()))
            .as("%s, instance type '%s'", source, type)
            .isEmpty();
      }
    }
  }

  @Test
  void theBootDiskIsClonedFromTheDataSourceThroughDataVolumeTemplates() {
    String json = JsonPatch.json(vm(valid()));
    @SuppressWarnings("unchecked")
    Map<String, Object> spec =
        (Map<String, Object>) Serialization.unmarshal(json, Map.class).get("spec");

    assertThat(spec)
        .containsEntry("runStrategy", "Always")
        .containsEntry(
            "instancetype",
            Map.of("kind", "VirtualMachineClusterInstancetype", "name", "u1.medium"))
        .containsEntry(
            "preference", Map.of("kind", "VirtualMachineClusterPreference", "name", "fedora"));
    assertThat(json)
        .contains(
            "\"sourceRef\":{\"kind\":\"DataSource\",\"name\":\"fedora\",\"namespace\":\"boot-images\"}")
        .contains("\"name\":\"fedora-01-rootdisk\"")
        .contains("\"storageClassName\":\"ceph-rbd\"")
        .contains("\"secretRef\":{\"name\":\"fedora-01-cloudinit\"}")
        .contains("\"networkName\":\"dev/vlan-200-dmz\"")
        .doesNotContain("\"cpu\"");
  }

  @Test
  void thePasswordAndKeysAreInTheSecretOnlyAndMaskedWhereShown() {
    NewVm vm = valid();
    String vmJson = JsonPatch.json(vm(vm));
    assertThat(vmJson).doesNotContain("correct-horse").doesNotContain("AAAAC3Nza");

    var plan = new VmCreationPlan(vm, CATALOG);
    CreateSecretOperation secret = plan.secret().orElseThrow();
    assertThat(secret.call().body()).contains("correct-horse").contains("AAAAC3Nza");
    assertThat(secret.shownCall().body())
        .doesNotContain("correct-horse")
        .doesNotContain("AAAAC3Nza");
    assertThat(String.join("\n", secret.commands())).doesNotContain("correct-horse");
    assertThat(NewVmManifests.userData(vm.guest()))
        .startsWith("#cloud-config\n")
        .contains("hostname: \"fedora-01\"")
        .contains("user: \"alice\"")
        .contains("password: \"correct-horse\"")
        .contains("  - \"" + NewVmFixtures.KEY + "\"");
  }

  @Test
  void aCloneToTemplateIsLabelledAsATemplateAndHaltedEvenIfPowerOnWasTicked() {
    NewVm template =
        valid(
            d -> {
              d.boot =
                  new NewVm.BootDisk(
                      NewVm.Source.CLONE_DISK,
                      new io.virtdeck.cluster.ResourceKey("dev", "web-02-rootdisk"),
                      "",
                      "ceph-rbd",
                      "30Gi");
              d.template = true;
            });

    Map<String, Object> manifest = vm(template);

    String json = JsonPatch.json(manifest);
    assertThat(json)
        .contains("\"labels\":{\"virtdeck.io/template\":\"true\"}")
        .contains("\"runStrategy\":\"Halted\"")
        .contains("\"name\":\"web-02-rootdisk\"");
    assertThat(JsonPatch.json(vm(NewVmFixtures.valid()))).doesNotContain("virtdeck.io/template");
    assertThat(SCHEMA.problems(manifest, "v1.VirtualMachine", Set.of())).isEmpty();
  }

  @Test
  void withoutCustomizationThereIsNoSecretAndAPoweredOffVmIsHalted() {
    NewVm plain =
        valid(
            d -> {
              d.disks = List.of();
              d.networks = List.of();
              d.guest = new NewVm.Guest("", "", "", "");
              d.powerOn = false;
            });
    var plan = new VmCreationPlan(plain, CATALOG);
    assertThat(plan.secret()).isEmpty();
    assertThat(plan.objects()).containsExactly("VirtualMachine fedora-01");
    String json = JsonPatch.json(plan.vmManifest());
    assertThat(json)
        .contains("\"runStrategy\":\"Halted\"")
        .contains("\"autoattachPodInterface\":false")
        .doesNotContain("cloudinit");
    assertThat(SCHEMA.problems(plan.vmManifest(), "v1.VirtualMachine", Set.of())).isEmpty();
  }

  @Test
  void customCpuAndMemoryAreWrittenWithoutAnInstanceType() {
    String json = JsonPatch.json(vm(booting(NewVm.Source.BLANK, "")));
    assertThat(json)
        .contains("\"cpu\":{\"sockets\":2,\"cores\":1,\"threads\":1}")
        .contains("\"memory\":{\"guest\":\"4Gi\"}")
        .contains("\"blank\":{}")
        .doesNotContain("instancetype");
  }
}
