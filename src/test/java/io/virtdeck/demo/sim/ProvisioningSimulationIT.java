package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.virtdeck.demo.seed.DemoInventory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A VM made the New VM wizard's way (instance type, preference, a root disk cloned from a boot
 * image's DataSource through {@code dataVolumeTemplates}) is provisioned by the simulated CDI and
 * KubeVirt: its DataVolume is created owned by the VM and cloned, the VM waits in Provisioning,
 * then boots with the instance type's CPU and memory; deleting the VM deletes its DataVolume.
 */
@EnableKubernetesMockClient(crud = true)
class ProvisioningSimulationIT {

  static KubernetesClient client;
  static KubeVirtSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = SimulatedCluster.start(client, DemoInventory.DEFAULT_VM_COUNT);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void vmFromAnInstanceTypeAndADataSourceIsClonedThenBootsWithTheTypesSize() {
    Api.op(client, Api.VM).inNamespace("dev").resource(typedVm("fedora-new-01")).create();
    List<String> phases = new ArrayList<>();
    List<String> statuses = new ArrayList<>();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var dv =
                  Api.op(client, Api.DATA_VOLUME)
                      .inNamespace("dev")
                      .withName("fedora-new-01-rootdisk")
                      .get();
              if (dv != null && Api.get(dv, "status", "phase") instanceof String phase) {
                phases.add(phase);
              }
              var vm = Api.op(client, Api.VM).inNamespace("dev").withName("fedora-new-01").get();
              if (Api.get(vm, "status", "printableStatus") instanceof String printable) {
                statuses.add(printable);
              }
              assertThat(statuses).last().isEqualTo("Running");
            });

    assertThat(phases).contains("CloneInProgress").doesNotContain("ImportInProgress");
    assertThat(statuses).contains("Provisioning");
    var dv =
        Api.op(client, Api.DATA_VOLUME).inNamespace("dev").withName("fedora-new-01-rootdisk").get();
    assertThat(dv.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(o -> assertThat(o.getName()).isEqualTo("fedora-new-01"));
    assertThat((String) Api.get(dv, "status", "phase")).isEqualTo("Succeeded");
    var claim =
        client
            .persistentVolumeClaims()
            .inNamespace("dev")
            .withName(dv.getMetadata().getName())
            .get();
    assertThat(claim.getSpec().getResources().getRequests().get("storage").toString())
        .isEqualTo("40Gi");
    var vmi = Api.op(client, Api.VMI).inNamespace("dev").withName("fedora-new-01").get();
    assertThat((Integer) Api.get(vmi, "spec", "domain", "cpu", "sockets")).isEqualTo(2);
    assertThat((String) Api.get(vmi, "spec", "domain", "memory", "guest")).isEqualTo("8Gi");

    Api.op(client, Api.VM).inNamespace("dev").withName("fedora-new-01").delete();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Api.op(client, Api.DATA_VOLUME)
                        .inNamespace("dev")
                        .withName("fedora-new-01-rootdisk")
                        .get()
                    == null);
  }

  @Test
  void seedHasTheInstanceTypesPreferencesAndBootImages() {
    var types =
        client
            .genericKubernetesResources(
                "instancetype.kubevirt.io/v1", "VirtualMachineClusterInstancetype")
            .list()
            .getItems();
    assertThat(types)
        .extracting(t -> t.getMetadata().getName())
        .contains("u1.small", "u1.2xlarge", "cx1.medium", "m1.xlarge");
    assertThat(
            client
                .genericKubernetesResources(
                    "instancetype.kubevirt.io/v1", "VirtualMachineClusterPreference")
                .list()
                .getItems())
        .extracting(p -> p.getMetadata().getName())
        .containsExactlyInAnyOrder("fedora", "ubuntu", "rhel.9", "windows.2k22");
    var sources =
        client
            .genericKubernetesResources("cdi.kubevirt.io/v1beta1", "DataSource")
            .inNamespace("boot-images")
            .list()
            .getItems();
    assertThat(sources)
        .extracting(s -> s.getMetadata().getName())
        .containsExactlyInAnyOrder("fedora", "ubuntu", "rhel9", "win2k22");
    assertThat(sources)
        .allSatisfy(
            s ->
                assertThat(
                        client
                            .persistentVolumeClaims()
                            .inNamespace("boot-images")
                            .withName((String) s.get("spec", "source", "pvc", "name"))
                            .get())
                    .isNotNull());
  }

  private static GenericKubernetesResource typedVm(String name) {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("metadata", Map.of("name", name + "-rootdisk"));
    template.put(
        "spec",
        Map.of(
            "sourceRef",
            Map.of("kind", "DataSource", "name", "fedora", "namespace", "boot-images"),
            "storage",
            Map.of(
                "resources",
                Map.of("requests", Map.of("storage", "40Gi")),
                "storageClassName",
                "ceph-rbd")));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("runStrategy", "Always");
    spec.put(
        "instancetype", Map.of("kind", "VirtualMachineClusterInstancetype", "name", "u1.large"));
    spec.put("preference", Map.of("kind", "VirtualMachineClusterPreference", "name", "fedora"));
    spec.put("dataVolumeTemplates", List.of(template));
    spec.put(
        "template",
        Map.of(
            "spec",
            Map.of(
                "domain",
                Map.of(
                    "devices",
                    Map.of("disks", List.of(Map.of("name", "rootdisk", "disk", Map.of())))),
                "volumes",
                List.of(
                    Map.of(
                        "name", "rootdisk", "dataVolume", Map.of("name", name + "-rootdisk"))))));
    var vm = new GenericKubernetesResource();
    vm.setApiVersion("kubevirt.io/v1");
    vm.setKind("VirtualMachine");
    vm.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("dev").build());
    vm.setAdditionalProperties(new LinkedHashMap<>(Map.of("spec", spec)));
    return vm;
  }
}
