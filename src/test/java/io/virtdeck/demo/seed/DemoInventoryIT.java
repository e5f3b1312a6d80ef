package io.virtdeck.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.virtdeck.demo.api.DemoCrds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class DemoInventoryIT {

  static KubernetesClient client;

  @BeforeAll
  static void seed() {
    DemoCrds.ALL.forEach(
        crd ->
            client
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .resource(DemoCrds.toDefinition(crd))
                .create());
    DemoInventory.seed(client, DemoInventory.DEFAULT_VM_COUNT);
  }

  private static List<GenericKubernetesResource> all(String kind) {
    return Json.kind(client, kind).inAnyNamespace().list().getItems();
  }

  @Test
  void createsNodesNamespacesAndStorageClasses() {
    var nodes = client.nodes().list().getItems();
    assertThat(nodes).hasSize(4);
    assertThat(nodes.getFirst().getMetadata().getLabels())
        .containsEntry("kubevirt.io/schedulable", "true")
        .containsKey("topology.kubernetes.io/zone");
    assertThat(nodes.getFirst().getStatus().getAllocatable())
        .containsKey("devices.kubevirt.io/kvm");
    assertThat(client.namespaces().list().getItems())
        .extracting(ns -> ns.getMetadata().getName())
        .containsExactlyInAnyOrder("default", "shop", "finance", "dev", "infra", "boot-images");
    var classes = client.storage().v1().storageClasses().list().getItems();
    assertThat(classes)
        .extracting(sc -> sc.getMetadata().getName())
        .containsExactlyInAnyOrder("ceph-rbd", "local-path", "nfs-slow");
    assertThat(classes)
        .filteredOn(
            sc ->
                "true"
                    .equals(
                        sc.getMetadata()
                            .getAnnotations()
                            .get("storageclass.kubernetes.io/is-default-class")))
        .singleElement()
        .satisfies(sc -> assertThat(sc.getAllowVolumeExpansion()).isTrue());
    assertThat(all("VolumeSnapshotClass"))
        .singleElement()
        .satisfies(c -> assertThat((String) c.get("driver")).isEqualTo("rbd.csi.ceph.com"));
  }

  @Test
  void createsBridgeNetworksWithVlans() {
    var nads = all("NetworkAttachmentDefinition");
    assertThat(nads).hasSize(9);
    assertThat(nads)
        .filteredOn(nad -> ((String) nad.get("spec", "config")).contains("\"type\":\"bridge\""))
        .hasSize(5)
        .allSatisfy(
            nad ->
                assertThat((String) nad.get("spec", "config"))
                    .contains("\"type\":\"bridge\"", "\"vlan\":"));
    assertThat(nads)
        .filteredOn(nad -> nad.getMetadata().getName().equals("storage-net"))
        .singleElement()
        .satisfies(nad -> assertThat((String) nad.get("spec", "config")).contains("\"mtu\":9000"));
  }

  @Test
  void createsVmsWithDisksClaimsAndSnapshots() {
    var all = all("VirtualMachine");
    var vms =
        all.stream()
            .filter(vm -> !"true".equals(vm.getMetadata().getLabels().get("virtdeck.io/template")))
            .toList();
    assertThat(vms).hasSize(DemoInventory.DEFAULT_VM_COUNT);
    assertThat(all)
        .filteredOn(vm -> !vms.contains(vm))
        .extracting(vm -> vm.getMetadata().getNamespace() + "/" + vm.getMetadata().getName())
        .containsExactlyInAnyOrder("shop/fedora-template", "shop/rhel9-template");
    assertThat(vms)
        .filteredOn(
            vm -> "512Gi".equals(vm.get("spec", "template", "spec", "domain", "memory", "guest")))
        .singleElement()
        .satisfies(vm -> assertThat((String) vm.get("spec", "runStrategy")).isEqualTo("Always"));
    long running =
        vms.stream().filter(vm -> "Always".equals(vm.get("spec", "runStrategy"))).count();
    assertThat(running).isBetween(15L, 20L);
    assertThat(vms)
        .anySatisfy(
            vm ->
                assertThat((String) vm.get("spec", "preference", "name"))
                    .isEqualTo("windows.2k22"));
    var dataVolumes = all("DataVolume");
    var claims = client.persistentVolumeClaims().inAnyNamespace().list().getItems();
    int disks = 0;
    for (var vm : all) {
      List<Map<String, Object>> volumes = vm.get("spec", "template", "spec", "volumes");
      for (var volume : volumes) {
        if (volume.get("dataVolume") instanceof Map<?, ?> dv) {
          disks++;
          var key = vm.getMetadata().getNamespace() + "/" + dv.get("name");
          assertThat(claims).extracting(DemoInventoryIT::key).contains(key);
          assertThat(dataVolumes).extracting(DemoInventoryIT::key).contains(key);
        }
      }
    }
    assertThat(dataVolumes).hasSize(disks);
    assertThat(dataVolumes)
        .allSatisfy(dv -> assertThat((String) dv.get("status", "phase")).isEqualTo("Succeeded"));
    // two orphaned claims, and the golden image of each boot image
    assertThat(claims).hasSize(disks + 2 + BootImageSeed.IMAGES.size());
    assertThat(claims).allSatisfy(pvc -> assertThat(pvc.getStatus().getPhase()).isEqualTo("Bound"));
    var snapshots = all("VirtualMachineSnapshot");
    assertThat(snapshots).hasSizeBetween(2, 4);
    assertThat(snapshots)
        .allSatisfy(s -> assertThat((Boolean) s.get("status", "readyToUse")).isTrue());
  }

  @Test
  void planIsDeterministic() {
    assertThat(VmCatalog.plan(200)).isEqualTo(VmCatalog.plan(200));
    assertThat(PlannedVmSpecs.body(VmCatalog.plan(30).get(7)))
        .isEqualTo(PlannedVmSpecs.body(VmCatalog.plan(30).get(7)));
    assertThat(VmCatalog.plan(DemoInventory.DEFAULT_VM_COUNT))
        .extracting(VmCatalog.PlannedVm::name)
        .startsWith("analytics-xl-01", "web-01", "app-01", "db-01")
        .doesNotHaveDuplicates();
    assertThat(VmCatalog.plan(5000))
        .extracting(vm -> vm.namespace() + "/" + vm.name())
        .doesNotHaveDuplicates();
  }

  private static String key(HasMetadata object) {
    return object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
  }

  @Test
  void seedsTheDemoRbac() {
    assertThat(client.rbac().clusterRoles().withName("virtdeck-helpdesk").get()).isNotNull();
    assertThat(client.rbac().roleBindings().inAnyNamespace().list().getItems())
        .extracting(b -> b.getMetadata().getNamespace() + "/" + b.getMetadata().getName())
        .contains("dev/virtdeck-operators", "shop/shop-owners");
  }
}
