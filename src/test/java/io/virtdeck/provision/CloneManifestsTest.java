package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.testing.OpenApiSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The VirtualMachineClone VirtDeck sends: valid against KubeVirt's OpenAPI (unknown properties
 * refused), the source a VM or a snapshot, the MACs and serial named only to keep the source's, the
 * filters only when typed.
 */
class CloneManifestsTest {

  private static final OpenApiSchema SCHEMA = OpenApiSchema.kubevirtClone();
  private static final ResourceKey VM = new ResourceKey("shop", "web-01");
  private static final CloneSource FROM_VM =
      new CloneSource(
          VM, false, VM, Map.of("default", "02:00:00:00:00:01"), "WEB01-SERIAL", true, false);
  private static final CloneSource FROM_SNAPSHOT =
      new CloneSource(
          new ResourceKey("shop", "web-01-before-upgrade"), true, VM, Map.of(), "", true, false);

  @Test
  void theDefaultsLeaveMacsSerialAndFiltersToKubeVirt() {
    Map<String, Object> clone = CloneManifests.clone("c1", FROM_VM, CloneForm.defaults(FROM_VM));

    assertThat(SCHEMA.problems(clone, "v1beta1.VirtualMachineClone", Set.of())).isEmpty();
    assertThat(spec(clone))
        .containsOnlyKeys("source", "target")
        .containsEntry(
            "source", Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "web-01"))
        .containsEntry(
            "target",
            Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "web-01-clone"));
  }

  @Test
  void cloneToTemplatePatchesTheTargetIntoAHaltedTemplateAndKeepsEveryTag() {
    CloneForm form =
        new CloneForm("web-01-template", true, true, "!app", "", true); // filters are not offered
    Map<String, Object> clone = CloneManifests.clone("t1", FROM_VM, form);

    assertThat(SCHEMA.problems(clone, "v1beta1.VirtualMachineClone", Set.of())).isEmpty();
    assertThat(spec(clone)).doesNotContainKey("labelFilters");
    assertThat(spec(clone).get("patches"))
        .isEqualTo(
            List.of(
                "{\"op\":\"add\",\"path\":\"/metadata/labels/virtdeck.io~1template\",\"value\":\"true\"}",
                "{\"op\":\"add\",\"path\":\"/spec/runStrategy\",\"value\":\"Halted\"}"));
  }

  @Test
  void aTemplateOfAVmWithoutLabelsGetsALabelMapOfItsOwn() {
    CloneSource unlabelled = new CloneSource(VM, false, VM, Map.of(), "", false, false);

    var patches = CloneManifests.templatePatches(unlabelled);

    assertThat(patches.getFirst())
        .isEqualTo(
            "{\"op\":\"add\",\"path\":\"/metadata/labels\",\"value\":{\"virtdeck.io/template\":\"true\"}}");
  }

  @Test
  void aTemplateOfAVmWithTheDeprecatedRunningFieldHasItRemovedBeforeTheRunStrategy() {
    CloneSource legacy = new CloneSource(VM, false, VM, Map.of(), "", true, true);

    var patches = CloneManifests.templatePatches(legacy);

    assertThat(patches)
        .containsExactly(
            "{\"op\":\"add\",\"path\":\"/metadata/labels/virtdeck.io~1template\",\"value\":\"true\"}",
            "{\"op\":\"remove\",\"path\":\"/spec/running\"}",
            "{\"op\":\"add\",\"path\":\"/spec/runStrategy\",\"value\":\"Halted\"}");
  }

  @Test
  void keepingMacsAndSerialNamesTheSourcesAndFiltersAreSentAsLists() {
    Map<String, Object> clone =
        CloneManifests.clone(
            "c2",
            FROM_VM,
            new CloneForm(" web-02 ", false, false, "*\n!example.com/*", "a/*, b", false));

    assertThat(SCHEMA.problems(clone, "v1beta1.VirtualMachineClone", Set.of())).isEmpty();
    assertThat(spec(clone))
        .containsEntry("newMacAddresses", Map.of("default", "02:00:00:00:00:01"))
        .containsEntry("newSMBiosSerial", "WEB01-SERIAL")
        .containsEntry("labelFilters", List.of("*", "!example.com/*"))
        .containsEntry("annotationFilters", List.of("a/*", "b"));
    assertThat(((Map<?, ?>) spec(clone).get("target")).get("name")).isEqualTo("web-02");
  }

  @Test
  void aSnapshotIsTheSourceOfItsClone() {
    Map<String, Object> clone =
        CloneManifests.clone(
            "c3", FROM_SNAPSHOT, new CloneForm("web-03", false, false, "", "", false));

    assertThat(SCHEMA.problems(clone, "v1beta1.VirtualMachineClone", Set.of())).isEmpty();
    assertThat(spec(clone))
        .containsOnlyKeys("source", "target")
        .containsEntry(
            "source",
            Map.of(
                "apiGroup",
                "snapshot.kubevirt.io",
                "kind",
                "VirtualMachineSnapshot",
                "name",
                "web-01-before-upgrade"));
  }

  @Test
  void theSchemaCheckRefusesAnUnknownProperty() {
    Map<String, Object> clone = CloneManifests.clone("c4", FROM_VM, CloneForm.defaults(FROM_VM));
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) clone.get("spec");
    spec.put("newMacs", true);

    assertThat(SCHEMA.problems(clone, "v1beta1.VirtualMachineClone", Set.of()))
        .anySatisfy(p -> assertThat(p).contains("newMacs"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(Map<String, Object> clone) {
    return (Map<String, Object>) clone.get("spec");
  }
}
