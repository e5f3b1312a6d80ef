package io.virtdeck.alarm;

import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.storage.DatastoreScope;

/**
 * What one user may see of the alarms, read from their per-kind scopes: a VM's or folder's alarms
 * in the namespaces where they may list VMs (and, for an alarm read from another kind, that kind
 * too: a failed snapshot needs snapshots, a failed migration migrations, an unschedulable VM its
 * instances), a host's if they may list nodes, a datastore's if they may list StorageClasses (one
 * VirtDeck raised from the datastore's figures only if they may read every object the figures are
 * built from: its page shows them partial otherwise), the datacenter's if they may list VMs
 * everywhere.
 */
public record AlarmScope(UserScopes scopes) {

  public boolean sees(Alarm alarm) {
    AlarmTarget target = alarm.target();
    return switch (target.kind()) {
      case VM, FOLDER ->
          scopes.includes(CachedKind.VIRTUAL_MACHINES, target.namespace())
              && scopes.includes(readFrom(alarm), target.namespace());
      case HOST -> scopes.all(CachedKind.NODES);
      case DATASTORE ->
          scopes.all(CachedKind.STORAGE_CLASSES)
              && (alarm.source() != Alarm.Source.CONDITION || !DatastoreScope.of(scopes).partial());
      case DATACENTER -> scopes.all(CachedKind.VIRTUAL_MACHINES);
    };
  }

  /** The kind a VM's alarm was read from: Prometheus's alerts are about the VM itself. */
  static CachedKind readFrom(Alarm alarm) {
    return switch (alarm.name()) {
      case ConditionAlarms.UNSCHEDULABLE -> CachedKind.VIRTUAL_MACHINE_INSTANCES;
      case ConditionAlarms.SNAPSHOT_FAILED -> CachedKind.SNAPSHOTS;
      case ConditionAlarms.MIGRATION_FAILED -> CachedKind.MIGRATIONS;
      default -> CachedKind.VIRTUAL_MACHINES;
    };
  }

  /** Whether an alarm on {@code target} belongs to the list of {@code container}. */
  static boolean within(AlarmTarget target, AlarmTarget container) {
    return switch (container.kind()) {
      case DATACENTER -> true;
      case FOLDER ->
          (target.kind() == AlarmTarget.Kind.VM || target.kind() == AlarmTarget.Kind.FOLDER)
              && target.namespace().equals(container.namespace());
      default -> target.equals(container);
    };
  }
}
