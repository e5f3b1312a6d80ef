package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Secret;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.network.PortGroups;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.task.Message;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.TaskTestbed;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The New VM wizard's service against the simulated demo cluster: a VM from an instance type, a
 * preference and a boot image's DataSource, customized through cloud-init, is created as the user
 * (Secret, then VM), boots and runs; the tasks show the Secret masked; the helpdesk and the shop
 * owner outside shop are refused before anything is sent; a creation that fails half-way says what
 * exists and deletes it on request.
 */
class VmCreationIT {

  static TaskTestbed bed;
  static VmCreation creation;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    var cluster = bed.cluster;
    creation =
        new VmCreation(
            cluster.caches,
            bed.reviews,
            bed.tasks,
            new ProvisionCatalog(
                new UserClients(cluster.client, cluster.connection, cluster.properties),
                cluster.caches,
                List.of("boot-images")),
            new StorageInventory(cluster.caches, bed.reviews),
            new PortGroups(cluster.caches, bed.reviews));
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  private static NewVm fedora(String name, String namespace) {
    return new NewVm(
        name,
        namespace,
        "u1.medium",
        "",
        "",
        "fedora",
        new NewVm.BootDisk(
            NewVm.Source.DATA_SOURCE,
            new ResourceKey("boot-images", "fedora"),
            "",
            "ceph-rbd",
            "40Gi"),
        List.of(),
        List.of(NewVm.POD_NETWORK),
        new NewVm.Guest(name, "alice", "correct-horse", NewVmFixtures.KEY),
        true,
        false);
  }

  private static CreationResult create(UserIdentity user, NewVm vm, Catalog catalog) {
    AtomicReference<CreationResult> result = new AtomicReference<>();
    creation.create(user, vm, catalog, result::set);
    await().atMost(Duration.ofSeconds(60)).until(() -> result.get() != null);
    return result.get();
  }

  @Test
  void aVmFromAnInstanceTypeAndABootImageIsCreatedAsTheUserAndRuns() {
    UserIdentity user = TaskTestbed.OPERATOR;
    Catalog catalog = creation.catalog(user, "dev");
    assertThat(catalog.instanceTypes()).extracting(InstanceTypeRow::name).contains("u1.medium");
    assertThat(catalog.preferences()).extracting(PreferenceRow::name).contains("fedora");
    assertThat(catalog.bootSources())
        .anySatisfy(b -> assertThat(b.key().name()).isEqualTo("fedora"));
    NewVm vm = fedora("wizard-01", "dev");
    assertThat(NewVmChecks.all(vm, creation.context(user, "dev", catalog))).isEmpty();
    assertThat(creation.refusals(user, vm)).isEmpty();

    CreationResult result = create(user, vm, catalog);

    assertThat(result.completed()).as("%s", result.failure()).isTrue();
    assertThat(result.created())
        .extracting(CreationResult.Created::kind)
        .containsExactly("Secret", "VirtualMachine");
    Secret secret =
        bed.cluster.client.secrets().inNamespace("dev").withName("wizard-01-cloudinit").get();
    String userData =
        secret.getStringData() != null && secret.getStringData().containsKey("userdata")
            ? secret.getStringData().get("userdata")
            : new String(Base64.getDecoder().decode(secret.getData().get("userdata")));
    assertThat(userData).contains("correct-horse");
    ResourceKey key = new ResourceKey("dev", "wizard-01");
    var created = bed.cluster.caches.virtualMachines().get(key).orElseThrow();
    assertThat(JsonPatch.json(created.getSpec())).doesNotContain("correct-horse");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                bed.cluster.caches.virtualMachines().get(key).stream()
                    .anyMatch(
                        v ->
                            v.getStatus() != null
                                && "Running".equals(v.getStatus().printableStatus)));
    assertThat(bed.tasks.visibleTo(user))
        .filteredOn(t -> t.target().name().equals("wizard-01-cloudinit"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.status()).isEqualTo(TaskStatus.COMPLETED);
              assertThat(t.call().body()).doesNotContain("correct-horse").contains("userdata");
            });
  }

  @Test
  void theHelpdeskMayCreateNowhereAndTheShopOwnerOnlyInShop() {
    assertThat(creation.folders(TaskTestbed.HELPDESK)).isEmpty();
    assertThat(creation.refusals(TaskTestbed.HELPDESK, fedora("helpdesk-vm", "dev")))
        .extracting(Message::key)
        .contains("task.failed.forbidden");
    assertThat(creation.folders(TaskTestbed.SHOP_OWNER)).containsExactly("shop");
    assertThat(creation.refusals(TaskTestbed.SHOP_OWNER, fedora("shop-vm", "shop"))).isEmpty();
    assertThat(creation.refusals(TaskTestbed.SHOP_OWNER, fedora("dev-vm", "dev"))).isNotEmpty();
    assertThat(bed.cluster.caches.virtualMachines().get(new ResourceKey("dev", "helpdesk-vm")))
        .isEmpty();
  }

  @Test
  void aCreationThatFailsHalfWaySaysWhatExistsAndDeletesItOnRequest() {
    UserIdentity user = TaskTestbed.OPERATOR;
    Catalog catalog = creation.catalog(user, "infra");
    NewVm vm = fedora("wizard-raced", "infra");
    assertThat(NewVmChecks.all(vm, creation.context(user, "infra", catalog))).isEmpty();
    // someone else takes the name after the checks: the Secret is created, the VM is refused
    bed.cluster
        .client
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace("infra")
        .resource(
            io.fabric8.kubernetes.client.utils.Serialization.unmarshal(
                JsonPatch.json(
                    new VmCreationPlan(fedora("wizard-raced", "infra"), catalog).vmManifest()),
                io.fabric8.kubernetes.api.model.GenericKubernetesResource.class))
        .create();

    CreationResult result = create(user, vm, catalog);

    assertThat(result.completed()).isFalse();
    assertThat(result.created())
        .containsExactly(
            new CreationResult.Created(
                "Secret", new ResourceKey("infra", "wizard-raced-cloudinit")));
    var deletions = creation.deleteLeftovers(user, result);
    deletions.forEach(t -> bed.awaitFinished(t, TaskStatus.COMPLETED));
    assertThat(
            bed.cluster
                .client
                .secrets()
                .inNamespace("infra")
                .withName("wizard-raced-cloudinit")
                .get())
        .isNull();
  }
}
