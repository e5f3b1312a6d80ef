package io.virtdeck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A demo reset returns the inventory to its seed but keeps VirtDeck's tasks and Leases. */
class DemoResetKeepsTasksIT {

  @Test
  void aResetKeepsVirtDeckTasksAndLeasesButNotTheUsersChanges() throws Exception {
    var properties =
        new DemoProperties(
            0, 0, Files.createTempFile("reset-it", ".kubeconfig"), Duration.ofMillis(100), 0, 0);
    try (DemoCluster demo = DemoCluster.start(properties)) {
      var admin = demo.server().adminClient();
      admin
          .genericKubernetesResources("virtdeck.io/v1alpha1", "VirtDeckTask")
          .inNamespace("virtdeck")
          .resource(
              new GenericKubernetesResourceBuilder()
                  .withApiVersion("virtdeck.io/v1alpha1")
                  .withKind("VirtDeckTask")
                  .withNewMetadata()
                  .withName("t-1")
                  .withNamespace("virtdeck")
                  .endMetadata()
                  .withAdditionalProperties(Map.of("spec", Map.of("revision", 1)))
                  .build())
          .create();
      admin
          .leases()
          .inNamespace("virtdeck")
          .resource(
              new LeaseBuilder()
                  .withNewMetadata()
                  .withName("virtdeck-task-expiry")
                  .endMetadata()
                  .build())
          .create();
      admin
          .namespaces()
          .withName("shop")
          .edit(
              n -> {
                n.getMetadata().getLabels().put("changed", "yes");
                return n;
              });

      demo.reset();

      assertThat(
              admin
                  .genericKubernetesResources("virtdeck.io/v1alpha1", "VirtDeckTask")
                  .inNamespace("virtdeck")
                  .withName("t-1")
                  .get())
          .isNotNull();
      assertThat(admin.leases().inNamespace("virtdeck").withName("virtdeck-task-expiry").get())
          .isNotNull();
      assertThat(admin.namespaces().withName("shop").get().getMetadata().getLabels())
          .doesNotContainKey("changed");
    }
  }
}
