package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.zjsonpatch.JsonPatch;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.testing.Fixtures;
import io.virtdeck.testing.OpenApiSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Edit Settings' JSON patch touches only the changed paths, tests each old value, and leaves a VM
 * that KubeVirt's OpenAPI schema accepts, with every field VirtDeck does not model kept.
 */
class SettingsPatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenApiSchema SCHEMA = OpenApiSchema.kubevirtVirtualMachine();

  private final VirtualMachine vm = Fixtures.load("vm-web.yaml", VirtualMachine.class);
  private final CurrentSettings web = CurrentSettings.of(vm, false);

  private VmSettings changed(
      Integer sockets,
      String memory,
      String strategy,
      String description,
      Map<String, String> labels) {
    VmSettings now = web.settings();
    return new VmSettings(
        sockets,
        now.cores(),
        now.threads(),
        memory,
        strategy,
        description,
        labels,
        now.annotations());
  }

  @Test
  void nothingChangedIsNoPatch() {
    assertThat(SettingsPatch.of(web, web.settings())).isEmpty();
  }

  @Test
  void eachChangedPathIsTestedThenReplaced() {
    var ops =
        SettingsPatch.of(
            web,
            changed(
                4,
                "8Gi",
                "Halted",
                "Front-end for the shop",
                Map.of("app", "shop", "tier", "web")));

    assertThat(ops)
        .containsExactly(
            op("test", "/spec/template/spec/domain/cpu/sockets", 2),
            op("replace", "/spec/template/spec/domain/cpu/sockets", 4),
            op("test", "/spec/template/spec/domain/memory/guest", "4Gi"),
            op("replace", "/spec/template/spec/domain/memory/guest", "8Gi"),
            op("test", "/spec/runStrategy", "Always"),
            op("replace", "/spec/runStrategy", "Halted"));
  }

  @Test
  void labelsAndTheDescriptionAreChangedKeyByKeyWithEscapedPointers() {
    var ops =
        SettingsPatch.of(
            web,
            changed(2, "4Gi", "Always", "", Map.of("app", "shop2", "example.com/team", "blue")));

    assertThat(ops)
        .containsExactly(
            op("test", "/metadata/labels/app", "shop"),
            op("replace", "/metadata/labels/app", "shop2"),
            op("add", "/metadata/labels/example.com~1team", "blue"),
            op("test", "/metadata/labels/tier", "web"),
            op("remove", "/metadata/labels/tier", null),
            op("test", "/metadata/annotations/virtdeck.io~1notes", "Front-end for the shop"),
            op("remove", "/metadata/annotations/virtdeck.io~1notes", null));
  }

  @Test
  void aVmWithoutCpuLabelsOrMemoryGetsThemAddedWhole() {
    VirtualMachine bare = Fixtures.load("vm-stopped.yaml", VirtualMachine.class);
    CurrentSettings stopped = CurrentSettings.of(bare, false);
    VmSettings now = stopped.settings();
    assertThat(stopped.shape().memoryField()).isEqualTo(VmShape.MemoryField.REQUESTS);

    var ops =
        SettingsPatch.of(
            stopped,
            new VmSettings(
                2, null, null, "16Gi", now.runStrategy(), "", Map.of("team", "ad"), Map.of()));

    assertThat(ops)
        .containsExactly(
            op("add", "/spec/template/spec/domain/cpu", Map.of("sockets", 2)),
            op("test", "/spec/template/spec/domain/resources/requests/memory", "8Gi"),
            op("replace", "/spec/template/spec/domain/resources/requests/memory", "16Gi"),
            op("add", "/metadata/labels", Map.of("team", "ad")));
  }

  @Test
  void thePatchedVmIsValidAndKeepsWhatVirtDeckDoesNotModel() throws Exception {
    var ops =
        SettingsPatch.of(
            web,
            changed(
                3,
                "6Gi",
                "RerunOnFailure",
                "Shop front end, resized",
                Map.of("app", "shop", "tier", "web", "owner", "ann")));
    JsonNode before = JSON.readTree(Serialization.asJson(vm));
    JsonNode after =
        JsonPatch.apply(JSON.readTree(io.virtdeck.cluster.JsonPatch.json(ops)), before);
    @SuppressWarnings("unchecked")
    Map<String, Object> written = JSON.convertValue(after, Map.class);
    written.remove("status");

    assertThat(SCHEMA.problems(written, "v1.VirtualMachine", Set.of("futureField"))).isEmpty();
    assertThat(after.at("/spec/futureField/keep").asString()).isEqualTo("me");
    assertThat(after.at("/spec/template/spec/domain/features/smm/enabled").asBoolean()).isTrue();
    assertThat(after.at("/spec/template/spec/domain/cpu/sockets").asInt()).isEqualTo(3);
    assertThat(after.at("/spec/template/spec/domain/cpu/cores").asInt()).isEqualTo(2);
    assertThat(after.at("/metadata/annotations/vm.kubevirt.io~1os").asString())
        .isEqualTo("Fedora 40");
  }

  private static Map<String, Object> op(String op, String path, Object value) {
    return io.virtdeck.cluster.JsonPatch.op(op, path, value);
  }

  @SuppressWarnings("unused")
  private static List<Object> unused() {
    return List.of();
  }
}
