package io.virtdeck.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.TaskTestbed;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The YAML tab against the simulated demo cluster, as the demo users: the YAML has no managedFields
 * and is shown only in the user's scope; an edited label is sent as a patch of that label alone and
 * keeps fields VirtDeck does not model; a change made meanwhile is refused with the conflict
 * sentence; the helpdesk, and the shop owner outside shop, get no Edit.
 */
class ObjectYamlsIT {

  static final ResourceKey VM = new ResourceKey("shop", "web-01");

  static TaskTestbed bed;
  static ObjectYamls yamls;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    var clients =
        new UserClients(bed.cluster.client, bed.cluster.connection, bed.cluster.properties);
    yamls = new ObjectYamls(bed.cluster.caches, bed.reviews, new UserRequests(clients), bed.tasks);
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  private static Resource<GenericKubernetesResource> server(ResourceKey vm) {
    return bed.cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(vm.namespace())
        .withName(vm.name());
  }

  private static String yaml(ResourceKey vm) {
    return yamls.yaml(YamlKind.VM, vm, bed.reviews.scopes(TaskTestbed.OPERATOR)).orElseThrow();
  }

  /** Changes the VM as another client would, and waits until the cache has it. */
  private static void patchAsAdmin(ResourceKey vm, String jsonPatch, String expectedInYaml) {
    server(vm).patch(PatchContext.of(PatchType.JSON), jsonPatch);
    await().atMost(Duration.ofSeconds(30)).until(() -> yaml(vm).contains(expectedInYaml));
  }

  @Test
  void theYamlHasNoManagedFieldsAndIsShownOnlyInTheUsersScope() {
    server(VM)
        .patch(
            PatchContext.of(PatchType.JSON),
            "[{\"op\":\"add\",\"path\":\"/metadata/managedFields\",\"value\":[{\"manager\":\"kubectl\",\"operation\":\"Update\"}]}]");
    String yaml = yaml(VM);
    assertThat(yaml).contains("name: web-01").doesNotContain("managedFields");
    assertThat(bed.cluster.caches.virtualMachines().get(VM).orElseThrow().getMetadata().getName())
        .isEqualTo("web-01");
    assertThat(yamls.yaml(YamlKind.VM, VM, bed.reviews.scopes(TaskTestbed.SHOP_OWNER))).isPresent();
    ResourceKey devVm =
        bed.cluster.caches.virtualMachines().list("dev").stream()
            .map(io.virtdeck.cluster.Keys::of)
            .findFirst()
            .orElseThrow();
    assertThat(yamls.yaml(YamlKind.VM, devVm, bed.reviews.scopes(TaskTestbed.SHOP_OWNER)))
        .isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void anEditedLabelIsSentAsAPatchOfThatLabelAndKeepsFieldsVirtDeckDoesNotModel() {
    patchAsAdmin(
        VM,
        "[{\"op\":\"add\",\"path\":\"/spec/futureYamlField\",\"value\":\"kept\"},"
            + "{\"op\":\"add\",\"path\":\"/metadata/labels/yaml-edit\",\"value\":\"before\"}]",
        "futureYamlField");
    String seen = yaml(VM);
    String edited = seen.replace("yaml-edit: before", "yaml-edit: after");
    YamlReview review = yamls.review(TaskTestbed.OPERATOR, YamlKind.VM, VM, seen, edited);
    assertThat(review.problems()).isEmpty();
    YamlEditOperation edit = review.operation().orElseThrow();
    assertThat(edit.patch())
        .isEqualTo(
            "[{\"op\":\"test\",\"path\":\"/metadata/labels/yaml-edit\",\"value\":\"before\"},"
                + "{\"op\":\"replace\",\"path\":\"/metadata/labels/yaml-edit\",\"value\":\"after\"}]");
    assertThat(edit.commands().getFirst())
        .startsWith("kubectl patch vm web-01 -n shop --type json");
    bed.awaitFinished(yamls.send(TaskTestbed.OPERATOR, edit), TaskStatus.COMPLETED);

    GenericKubernetesResource after = server(VM).get();
    assertThat(after.getMetadata().getLabels()).containsEntry("yaml-edit", "after");
    Map<String, Object> spec = (Map<String, Object>) after.getAdditionalProperties().get("spec");
    assertThat(spec).containsEntry("futureYamlField", "kept").containsKey("template");
  }

  @Test
  void aLabelChangedMeanwhileIsRefusedWithTheConflictSentenceAndNotOverwritten() {
    patchAsAdmin(
        VM,
        "[{\"op\":\"add\",\"path\":\"/metadata/labels/yaml-race\",\"value\":\"mine\"}]",
        "yaml-race: mine");
    String seen = yaml(VM);
    patchAsAdmin(
        VM,
        "[{\"op\":\"replace\",\"path\":\"/metadata/labels/yaml-race\",\"value\":\"theirs\"}]",
        "yaml-race: theirs");
    String edited = seen.replace("yaml-race: mine", "yaml-race: edited");
    YamlReview review = yamls.review(TaskTestbed.OPERATOR, YamlKind.VM, VM, seen, edited);
    assertThat(review.operation()).isEmpty();
    assertThat(review.problems())
        .extracting(p -> p.message().key())
        .containsExactly("yaml.conflict");
    assertThat(server(VM).get().getMetadata().getLabels()).containsEntry("yaml-race", "theirs");
  }

  @Test
  void aChangedNameOrBrokenYamlIsRefusedBeforeAnythingIsSent() {
    String seen = yaml(VM);
    YamlReview renamed =
        yamls.review(
            TaskTestbed.OPERATOR, YamlKind.VM, VM, seen, seen.replace("name: web-01", "name: x"));
    assertThat(renamed.problems())
        .extracting(p -> p.message().key())
        .contains("yaml.refused.identity");
    YamlReview broken =
        yamls.review(TaskTestbed.OPERATOR, YamlKind.VM, VM, seen, seen + "\n  : [unclosed\n");
    assertThat(broken.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message().key()).isEqualTo("yaml.invalid.parse");
              assertThat(p.line()).isPositive();
            });
  }

  @Test
  void hostsDatastoresAndPortGroupsAreShownToThoseWhoMayListThem() {
    var operator = bed.reviews.scopes(TaskTestbed.OPERATOR);
    var shopOwner = bed.reviews.scopes(TaskTestbed.SHOP_OWNER);
    ResourceKey host = ResourceKey.cluster("worker-01");
    ResourceKey datastore =
        ResourceKey.cluster(
            bed.cluster.caches.storageClasses().list().getFirst().getMetadata().getName());
    ResourceKey portGroup = new ResourceKey("default", "vlan-100-prod");
    assertThat(yamls.yaml(YamlKind.HOST, host, operator))
        .hasValueSatisfying(y -> assertThat(y).contains("kind: Node"));
    assertThat(yamls.yaml(YamlKind.DATASTORE, datastore, operator))
        .hasValueSatisfying(y -> assertThat(y).contains("kind: StorageClass"));
    assertThat(yamls.yaml(YamlKind.PORT_GROUP, portGroup, operator))
        .hasValueSatisfying(y -> assertThat(y).contains("kind: NetworkAttachmentDefinition"));
    assertThat(yamls.yaml(YamlKind.HOST, host, shopOwner)).isEmpty();
    assertThat(yamls.yaml(YamlKind.DATASTORE, datastore, shopOwner)).isEmpty();
    assertThat(yamls.yaml(YamlKind.PORT_GROUP, portGroup, shopOwner)).isEmpty();
  }

  @Test
  void aDisksClaimIsShownOnlyInTheFoldersTheUserMayListClaimsIn() {
    var shopOwner = bed.reviews.scopes(TaskTestbed.SHOP_OWNER);
    ResourceKey shopDisk = diskIn("shop");
    ResourceKey devDisk = diskIn("dev");

    assertThat(yamls.yaml(YamlKind.DISK, shopDisk, shopOwner))
        .hasValueSatisfying(
            y -> assertThat(y).contains("kind: PersistentVolumeClaim", "name: " + shopDisk.name()));
    assertThat(yamls.yaml(YamlKind.DISK, devDisk, shopOwner)).isEmpty();
  }

  private static ResourceKey diskIn(String namespace) {
    var claim = bed.cluster.caches.persistentVolumeClaims().list(namespace).getFirst();
    return new ResourceKey(namespace, claim.getMetadata().getName());
  }

  @Test
  void onlyUsersWhoMayPatchTheObjectMayEdit() {
    ResourceKey devVm = new ResourceKey("dev", "x");
    assertThat(yamls.mayEdit(TaskTestbed.OPERATOR, YamlKind.VM, VM)).isTrue();
    assertThat(yamls.mayEdit(TaskTestbed.HELPDESK, YamlKind.VM, VM)).isFalse();
    assertThat(yamls.mayEdit(TaskTestbed.SHOP_OWNER, YamlKind.VM, VM)).isTrue();
    assertThat(yamls.mayEdit(TaskTestbed.SHOP_OWNER, YamlKind.VM, devVm)).isFalse();
    assertThat(yamls.mayEdit(TaskTestbed.OPERATOR, YamlKind.HOST, ResourceKey.cluster("node-1")))
        .isFalse();
  }
}
