package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Test fixture: VMs created in a namespace and their VM/VMI state, read as the admin. */
final class PowerActionFixture {

  private final KubernetesClient admin;
  private final String ns;

  PowerActionFixture(KubernetesClient admin, String ns) {
    this.admin = admin;
    this.ns = ns;
  }

  NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      vms() {
    return admin.genericKubernetesResources("kubevirt.io/v1", "VirtualMachine").inNamespace(ns);
  }

  NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      vmis() {
    return admin
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachineInstance")
        .inNamespace(ns);
  }

  /** Creates a small VM; {@code runField} is "runStrategy" or the legacy "running". */
  void create(String name, String runField, Object value) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put(runField, value);
    spec.put(
        "template",
        Map.of(
            "metadata",
            Map.of("labels", Map.of("app", name)),
            "spec",
            Map.of(
                "domain",
                Map.of(
                    "memory",
                    Map.of("guest", "1Gi"),
                    "devices",
                    Map.of(
                        "interfaces", List.of(Map.of("name", "default", "masquerade", Map.of())))),
                "networks",
                List.of(Map.of("name", "default", "pod", Map.of())))));
    vms()
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion("kubevirt.io/v1")
                .withKind("VirtualMachine")
                .withNewMetadata()
                .withName(name)
                .withNamespace(ns)
                .endMetadata()
                .addToAdditionalProperties("spec", spec)
                .build())
        .create();
  }

  @Nullable GenericKubernetesResource vm(String name) {
    return vms().withName(name).get();
  }

  @Nullable GenericKubernetesResource vmi(String name) {
    return vmis().withName(name).get();
  }

  static @Nullable Object at(@Nullable GenericKubernetesResource object, Object... path) {
    try {
      return object == null ? null : object.get(path);
    } catch (RuntimeException e) {
      return null;
    }
  }

  void awaitPrintable(String name, String status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(at(vm(name), "status", "printableStatus")).isEqualTo(status));
  }

  /** Records every printableStatus the VM passes through, from now on. */
  List<String> history(String name) {
    var seen = new CopyOnWriteArrayList<String>();
    vms()
        .withName(name)
        .watch(
            new Watcher<>() {
              @Override
              public void eventReceived(Action action, GenericKubernetesResource resource) {
                if (at(resource, "status", "printableStatus") instanceof String s
                    && (seen.isEmpty() || !seen.getLast().equals(s))) {
                  seen.add(s);
                }
              }

              @Override
              public void onClose(WatcherException cause) {}
            });
    return seen;
  }
}
