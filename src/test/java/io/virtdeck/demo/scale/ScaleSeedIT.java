package io.virtdeck.demo.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.virtdeck.testing.DemoApi;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bulk-seeded cluster is a normal cluster to clients: list, get, patch and watch work. */
class ScaleSeedIT {

  private static final ScalePlan PLAN = ScalePlan.of(300);
  @RegisterExtension static final DemoApi demo = DemoApi.empty();
  private static KubernetesClient client;

  @BeforeAll
  static void seed() {
    ScaleSeed.seed(demo.server().bulk(), PLAN);
    client = demo.admin();
  }

  @Test
  void seedsThePlannedObjects() {
    assertThat(
            kind("kubevirt.io", "v1", "VirtualMachine", "virtualmachines")
                .inAnyNamespace()
                .list()
                .getItems())
        .hasSize(300);
    assertThat(
            kind("kubevirt.io", "v1", "VirtualMachineInstance", "virtualmachineinstances")
                .inAnyNamespace()
                .list()
                .getItems())
        .hasSize(240);
    assertThat(
            kind("cdi.kubevirt.io", "v1beta1", "DataVolume", "datavolumes")
                .inAnyNamespace()
                .list()
                .getItems())
        .hasSize(PLAN.disks());
    assertThat(client.persistentVolumeClaims().inAnyNamespace().list().getItems())
        .hasSize(PLAN.disks());
    assertThat(client.nodes().list().getItems()).hasSize(PLAN.nodes());
  }

  @Test
  void bulkObjectsCanBePatchedLikeAnyOther() {
    var vm =
        kind("kubevirt.io", "v1", "VirtualMachine", "virtualmachines")
            .inNamespace(PLAN.namespaceOf(7))
            .withName(ScalePlan.vmName(7));
    vm.patch(
        PatchContext.of(PatchType.JSON_MERGE),
        "{\"metadata\":{\"annotations\":{\"virtdeck.io/notes\":\"patched\"}}}");

    assertThat(vm.get().getMetadata().getAnnotations())
        .containsEntry("virtdeck.io/notes", "patched");
  }

  @SuppressWarnings("unchecked")
  private static String ip(GenericKubernetesResource vmi) {
    if (vmi == null) {
      return "stopped";
    }
    var status = (Map<String, Object>) vmi.get("status");
    var first = ((java.util.List<Map<String, Object>>) status.get("interfaces")).getFirst();
    return first.get("ipAddress") + "@" + status.get("nodeName");
  }

  private static io.fabric8.kubernetes.client.dsl.MixedOperation<
          GenericKubernetesResource,
          io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
          io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>>
      kind(String group, String version, String kind, String plural) {
    return client.genericKubernetesResources(
        new ResourceDefinitionContext.Builder()
            .withGroup(group)
            .withVersion(version)
            .withKind(kind)
            .withPlural(plural)
            .withNamespaced(true)
            .build());
  }
}
