package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.Event;
import io.virtdeck.cluster.EventFields;
import io.virtdeck.cluster.Indexes;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.model.VirtualMachineInstanceMigration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Pure selection of a host's Events: those about the Node, those about each migration whose source
 * or target is the host, and those about the migrating instance from the migration's creation to
 * its end (what virt-handler and virt-controller record while it moves); only from namespaces the
 * user may list events in. Newest first.
 */
final class HostEventSelection {

  static final String NODE = "Node";
  static final String MIGRATION = "VirtualMachineInstanceMigration";
  static final String VMI = "VirtualMachineInstance";

  private HostEventSelection() {}

  /**
   * @param byInvolved the events about an object, by {@link Indexes#involved} key
   * @param now the end of the window of a migration that has not ended
   */
  static List<HostEvent> select(
      String host,
      List<VirtualMachineInstanceMigration> migrations,
      Function<String, List<Event>> byInvolved,
      NamespaceScope scope,
      Instant now) {
    Map<String, Event> chosen = new LinkedHashMap<>();
    // a Node's events name it without a namespace, which the index writes as "null" (or "")
    for (String key : List.of(Indexes.involved("null", host), Indexes.involved("", host))) {
      byInvolved.apply(key).stream()
          .filter(e -> NODE.equals(e.getInvolvedObject().getKind()))
          .forEach(e -> chosen.put(uid(e), e));
    }
    for (VirtualMachineInstanceMigration migration : migrations) {
      if (!involves(migration, host)) {
        continue;
      }
      String ns = migration.getMetadata().getNamespace();
      byInvolved.apply(Indexes.involved(ns, migration.getMetadata().getName())).stream()
          .filter(e -> MIGRATION.equals(e.getInvolvedObject().getKind()))
          .forEach(e -> chosen.put(uid(e), e));
      String vmi = Migrations.vmiName(migration);
      if (vmi == null) {
        continue;
      }
      Instant from = created(migration).minusSeconds(1);
      Instant to = ended(migration, now).plusSeconds(1);
      byInvolved.apply(Indexes.involved(ns, vmi)).stream()
          .filter(e -> VMI.equals(e.getInvolvedObject().getKind()))
          .filter(e -> !EventFields.time(e).isBefore(from) && !EventFields.time(e).isAfter(to))
          .forEach(e -> chosen.put(uid(e), e));
    }
    List<HostEvent> rows = new ArrayList<>();
    for (Event event : chosen.values()) {
      if (scope.includes(String.valueOf(event.getMetadata().getNamespace()))) {
        rows.add(HostEvents.toRow(event));
      }
    }
    rows.sort(Comparator.comparing(HostEvent::time).reversed());
    return rows;
  }

  /** Whether the migration moves an instance from or to the host (or was sent to it). */
  static boolean involves(VirtualMachineInstanceMigration migration, String host) {
    return host.equals(Migrations.sourceNode(migration))
        || host.equals(Migrations.targetNode(migration))
        || host.equals(Migrations.chosenHost(migration));
  }

  private static Instant created(VirtualMachineInstanceMigration migration) {
    String created = migration.getMetadata().getCreationTimestamp();
    return created == null ? Instant.EPOCH : Instant.parse(created);
  }

  private static Instant ended(VirtualMachineInstanceMigration migration, Instant now) {
    String ended = Migrations.endTimestamp(migration);
    return ended == null ? now : Instant.parse(ended);
  }

  private static String uid(Event event) {
    var meta = event.getMetadata();
    return Objects.toString(meta.getNamespace(), "") + "/" + meta.getName();
  }

  static boolean about(@Nullable Event event) {
    if (event == null || event.getInvolvedObject() == null) {
      return false;
    }
    String kind = event.getInvolvedObject().getKind();
    return NODE.equals(kind) || MIGRATION.equals(kind) || VMI.equals(kind);
  }
}
