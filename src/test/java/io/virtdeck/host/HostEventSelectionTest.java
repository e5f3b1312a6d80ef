package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.virtdeck.cluster.Indexes;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.model.GenericStatusResources;
import io.virtdeck.cluster.model.VirtualMachineInstanceMigration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HostEventSelectionTest {

  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

  private final Map<String, List<Event>> index = new HashMap<>();

  private void add(
      String eventNs, @Nullable String objectNs, String kind, String name, String reason, int at) {
    var event =
        new EventBuilder()
            .withNewMetadata()
            .withNamespace(eventNs)
            .withName(name + "." + reason + at)
            .endMetadata()
            .withNewInvolvedObject()
            .withKind(kind)
            .withNamespace(objectNs)
            .withName(name)
            .endInvolvedObject()
            .withType(reason.startsWith("Failed") ? "Warning" : "Normal")
            .withReason(reason)
            .withMessage(reason + " message")
            .withLastTimestamp(T0.plusSeconds(at).toString())
            .build();
    index
        .computeIfAbsent(Indexes.involved(String.valueOf(objectNs), name), k -> new ArrayList<>())
        .add(event);
  }

  private static VirtualMachineInstanceMigration migration(
      String ns, String name, String vmi, String source, String target, int from, int to) {
    var migration = new VirtualMachineInstanceMigration();
    var meta = new ObjectMeta();
    meta.setNamespace(ns);
    meta.setName(name);
    meta.setCreationTimestamp(T0.plusSeconds(from).toString());
    migration.setMetadata(meta);
    var spec = new GenericStatusResources.Body();
    spec.setAdditionalProperty("vmiName", vmi);
    migration.setSpec(spec);
    var status = new GenericStatusResources.Body();
    status.setAdditionalProperty("phase", "Succeeded");
    status.setAdditionalProperty(
        "migrationState",
        Map.of(
            "sourceNode", source,
            "targetNode", target,
            "endTimestamp", T0.plusSeconds(to).toString()));
    migration.setStatus(status);
    return migration;
  }

  private List<String> reasons(List<VirtualMachineInstanceMigration> migrations, NamespaceScope s) {
    return HostEventSelection.select(
            "worker-01",
            migrations,
            key -> index.getOrDefault(key, List.of()),
            s,
            T0.plusSeconds(3600))
        .stream()
        .map(HostEvent::reason)
        .toList();
  }

  @Test
  void theNodesEventsAndThoseOfMigrationsToOrFromItNewestFirst() {
    add("default", null, "Node", "worker-01", "NodeNotSchedulable", 1);
    add("default", null, "Node", "worker-02", "NodeNotSchedulable", 2);
    add("shop", "shop", "VirtualMachineInstance", "web-01", "Started", 0);
    add("shop", "shop", "VirtualMachineInstance", "web-01", "Migrating", 12);
    add("shop", "shop", "VirtualMachineInstance", "web-01", "Migrated", 15);
    add("shop", "shop", "VirtualMachineInstance", "web-01", "ShuttingDown", 300);
    add("shop", "shop", "VirtualMachineInstanceMigration", "web-01-m", "FailedCreate", 11);
    add("dev", "dev", "VirtualMachineInstance", "ci-01", "Migrated", 20);
    var fromHere = migration("shop", "web-01-m", "web-01", "worker-01", "worker-03", 10, 15);
    var elsewhere = migration("dev", "ci-01-m", "ci-01", "worker-02", "worker-03", 18, 20);

    assertThat(reasons(List.of(fromHere, elsewhere), NamespaceScope.ALL))
        .containsExactly("Migrated", "Migrating", "FailedCreate", "NodeNotSchedulable");
  }

  @Test
  void onlyEventsInNamespacesTheUserMayListEventsIn() {
    add("default", null, "Node", "worker-01", "NodeNotSchedulable", 1);
    add("shop", "shop", "VirtualMachineInstance", "web-01", "Migrated", 15);
    add("dev", "dev", "VirtualMachineInstance", "ci-01", "Migrated", 20);
    var shop = migration("shop", "web-01-m", "web-01", "worker-01", "worker-03", 10, 15);
    var dev = migration("dev", "ci-01-m", "ci-01", "worker-02", "worker-01", 18, 20);

    assertThat(reasons(List.of(shop, dev), NamespaceScope.only(Set.of("shop"))))
        .containsExactly("Migrated");
    assertThat(reasons(List.of(shop, dev), NamespaceScope.ALL)).hasSize(3);
    assertThat(reasons(List.of(shop, dev), NamespaceScope.NONE)).isEmpty();
  }

  @Test
  void aMigrationSentToTheHostCountsBeforeItHasATarget() {
    var migration = new VirtualMachineInstanceMigration();
    var spec = new GenericStatusResources.Body();
    spec.setAdditionalProperty("addedNodeSelector", Map.of("kubernetes.io/hostname", "worker-01"));
    migration.setSpec(spec);
    assertThat(HostEventSelection.involves(migration, "worker-01")).isTrue();
    assertThat(HostEventSelection.involves(migration, "worker-02")).isFalse();
  }
}
