package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.testing.OpenApiSchema;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.rows.PowerState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Fields VirtDeck cannot know, planted (as with kubectl) in every part of a VM that a write path
 * touches, survive every write path of {@link WritePaths} run as a user on a running and on a
 * stopped VM, and each written VM is still valid against KubeVirt's OpenAPI schema.
 */
class PlantedFieldsIT {

  static final String KEPT = "kept";
  static final String ANNOTATION = "planted.example.com/note";
  static final String LABEL = "planted.example.com/label";
  static final String FINALIZER = "planted.example.com/keep";

  /** The unknown properties planted, allowed by the schema check wherever they are. */
  static final Set<String> PLANTED =
      Set.of(
          "futureTopLevel",
          "futureSpec",
          "futureField",
          "futureDiskOption",
          "futureInterfaceOption",
          "futureVolumeOption",
          "futureNetworkOption",
          WriteServices.MULTUS_OPTION);

  static final OpenApiSchema SCHEMA = OpenApiSchema.kubevirtVirtualMachine();

  /** The demo cluster of the VM under test: each VM gets its own, so that they cannot interfere. */
  static @Nullable TaskTestbed bed;

  static @Nullable WriteServices services;

  @AfterAll
  static void stop() {
    close();
  }

  @TestFactory
  Stream<DynamicNode> plantedFieldsSurviveEveryWritePath() {
    return Stream.of(
        dynamicContainer("stopped VM", paths(PlantedFieldsIT::stoppedVm, false)),
        dynamicContainer("running VM", paths(() -> new ResourceKey("shop", "web-01"), true)));
  }

  private static Stream<DynamicNode> paths(
      java.util.function.Supplier<ResourceKey> vmOf, boolean running) {
    List<DynamicNode> nodes = new ArrayList<>();
    Planted[] planted = new Planted[1];
    nodes.add(
        dynamicTest(
            "plant unknown fields",
            () -> {
              close();
              bed = new TaskTestbed();
              services = WriteServices.on(bed, TaskTestbed.OPERATOR);
              ResourceKey vm = vmOf.get();
              PowerState wanted = running ? PowerState.POWERED_ON : PowerState.POWERED_OFF;
              await().atMost(WriteServices.WAIT).until(() -> services().power(vm) == wanted);
              planted[0] = plant(vm);
              assertPlantedAndValid(planted[0]);
            }));
    for (WritePaths.WritePath path : WritePaths.ALL) {
      if (path.on().includes(running)) {
        nodes.add(
            dynamicTest(
                path.name(),
                () -> {
                  assertThat(planted[0]).as("fields were planted").isNotNull();
                  path.step().run(services(), planted[0].vm());
                  assertPlantedAndValid(planted[0]);
                }));
      }
    }
    return nodes.stream();
  }

  private static TaskTestbed bed() {
    if (bed == null) {
      throw new IllegalStateException("no demo cluster: the planting step failed");
    }
    return bed;
  }

  private static WriteServices services() {
    if (services == null) {
      throw new IllegalStateException("no services: the planting step failed");
    }
    return services;
  }

  private static void close() {
    if (services != null) {
      services.close();
      services = null;
    }
    if (bed != null) {
      bed.close();
      bed = null;
    }
  }

  /** Where the unknown fields were planted: the VM and the names of the entries of its lists. */
  record Planted(ResourceKey vm, String disk, String iface, String volume, String network) {}

  @SuppressWarnings("unchecked")
  private static Planted plant(ResourceKey vm) {
    Map<String, Object> object = read(vm);
    Map<String, Object> spec = map(map(map(object, "spec"), "template"), "spec");
    Map<String, Object> devices = map(map(spec, "domain"), "devices");
    String disk = name(devices.get("disks"));
    String iface = name(devices.get("interfaces"));
    String volume = name(spec.get("volumes"));
    String network = name(spec.get("networks"));
    int d = index(devices.get("disks"), disk);
    int i = index(devices.get("interfaces"), iface);
    int v = index(spec.get("volumes"), volume);
    int n = index(spec.get("networks"), network);
    Map<String, Object> metadata = map(object, "metadata");
    String t = "/spec/template/spec";
    List<Map<String, Object>> ops = new ArrayList<>();
    ops.add(add(metadata.containsKey("annotations") ? null : "/metadata/annotations", Map.of()));
    ops.add(add(metadata.containsKey("labels") ? null : "/metadata/labels", Map.of()));
    ops.add(
        metadata.containsKey("finalizers")
            ? add("/metadata/finalizers/-", FINALIZER)
            : add("/metadata/finalizers", List.of(FINALIZER)));
    ops.add(add("/metadata/annotations/" + ANNOTATION.replace("/", "~1"), KEPT));
    ops.add(add("/metadata/labels/" + LABEL.replace("/", "~1"), KEPT));
    ops.add(add("/spec/futureTopLevel", KEPT));
    ops.add(add(t + "/futureSpec", KEPT));
    ops.add(add(t + "/domain/futureField", KEPT));
    ops.add(add(t + "/domain/devices/disks/" + d + "/futureDiskOption", KEPT));
    ops.add(add(t + "/domain/devices/interfaces/" + i + "/futureInterfaceOption", KEPT));
    ops.add(add(t + "/volumes/" + v + "/futureVolumeOption", KEPT));
    ops.add(add(t + "/networks/" + n + "/futureNetworkOption", KEPT));
    ops.removeIf(op -> op.get("path") == null);
    resource(vm).patch(PatchContext.of(PatchType.JSON), Serialization.asJson(ops));
    Planted planted = new Planted(vm, disk, iface, volume, network);
    await()
        .atMost(WriteServices.WAIT)
        .until(
            () ->
                bed()
                    .cluster
                    .caches
                    .virtualMachines()
                    .get(vm)
                    .map(x -> x.getMetadata().getLabels())
                    .filter(l -> l.containsKey(LABEL))
                    .isPresent());
    return planted;
  }

  @SuppressWarnings("unchecked")
  private static void assertPlantedAndValid(Planted planted) {
    Map<String, Object> object = read(planted.vm());
    Map<String, Object> metadata = map(object, "metadata");
    Map<String, Object> spec = map(object, "spec");
    Map<String, Object> template = map(map(spec, "template"), "spec");
    Map<String, Object> domain = map(template, "domain");
    Map<String, Object> devices = map(domain, "devices");
    assertThat(map(metadata, "annotations")).containsEntry(ANNOTATION, KEPT);
    assertThat(map(metadata, "labels")).containsEntry(LABEL, KEPT);
    assertThat((List<Object>) metadata.get("finalizers")).contains(FINALIZER);
    assertThat(spec).containsEntry("futureTopLevel", KEPT);
    assertThat(template).containsEntry("futureSpec", KEPT);
    assertThat(domain).containsEntry("futureField", KEPT);
    assertThat(entry(devices.get("disks"), planted.disk())).containsEntry("futureDiskOption", KEPT);
    assertThat(entry(devices.get("interfaces"), planted.iface()))
        .containsEntry("futureInterfaceOption", KEPT);
    assertThat(entry(template.get("volumes"), planted.volume()))
        .containsEntry("futureVolumeOption", KEPT);
    assertThat(entry(template.get("networks"), planted.network()))
        .containsEntry("futureNetworkOption", KEPT);
    Map<String, Object> written = new LinkedHashMap<>(object);
    written.remove("status");
    assertThat(SCHEMA.problems(written, "v1.VirtualMachine", PLANTED))
        .as("%s against KubeVirt's OpenAPI", planted.vm())
        .isEmpty();
  }

  private static ResourceKey stoppedVm() {
    return bed().cluster.caches.virtualMachines().list("shop").stream()
        .filter(v -> v.getSpec() != null && "Halted".equals(v.getSpec().runStrategy))
        .filter(v -> !io.virtdeck.vm.rows.VmTemplates.isTemplate(v)) // templates never power on
        .map(Keys::of)
        .findFirst()
        .orElseThrow();
  }

  private static Resource<GenericKubernetesResource> resource(ResourceKey vm) {
    return bed()
        .cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(vm.namespace())
        .withName(vm.name());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(ResourceKey vm) {
    return Serialization.unmarshal(Serialization.asJson(resource(vm).get()), Map.class);
  }

  private static Map<String, Object> add(String path, Object value) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("op", "add");
    op.put("path", path);
    op.put("value", value);
    return op;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object child = parent.get(key);
    assertThat(child).as(key).isInstanceOf(Map.class);
    return (Map<String, Object>) child;
  }

  @SuppressWarnings("unchecked")
  private static String name(Object list) {
    assertThat(list).isInstanceOf(List.class);
    List<Map<String, Object>> entries = (List<Map<String, Object>>) list;
    assertThat(entries).isNotEmpty();
    return (String) entries.getFirst().get("name");
  }

  @SuppressWarnings("unchecked")
  private static int index(Object list, String name) {
    List<Map<String, Object>> entries = (List<Map<String, Object>>) list;
    for (int i = 0; i < entries.size(); i++) {
      if (name.equals(entries.get(i).get("name"))) {
        return i;
      }
    }
    throw new AssertionError("no " + name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> entry(Object list, String name) {
    return ((List<Map<String, Object>>) list).get(index(list, name));
  }
}
