package io.virtdeck.demo.scale;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.virtdeck.testing.DemoApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Churned changes reach watchers as a controller's would. */
class ChurnGeneratorIT {

  private static final ScalePlan PLAN = ScalePlan.of(300);
  @RegisterExtension static final DemoApi demo = DemoApi.empty();
  private static KubernetesClient client;

  @BeforeAll
  static void seed() {
    ScaleSeed.seed(demo.server().bulk(), PLAN);
    client = demo.admin();
  }

  @Test
  void churnReachesWatchers() {
    var vmis = kind("kubevirt.io", "v1", "VirtualMachineInstance", "virtualmachineinstances");
    try (var informer = vmis.inAnyNamespace().inform();
        var churn = new ChurnGenerator(demo.server().bulk(), PLAN, 0)) {
      String key = PLAN.namespaceOf(1) + "/" + ScalePlan.vmName(1);
      String before = ip(informer.getStore().getByKey(key));
      for (int i = 0; i < 4; i++) {
        churn.change(1);
      }
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> !String.valueOf(ip(informer.getStore().getByKey(key))).equals(before));
    }
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
