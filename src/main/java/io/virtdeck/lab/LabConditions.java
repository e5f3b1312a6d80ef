package io.virtdeck.lab;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a step's {@code done-when}: exactly one condition and its fields. */
final class LabConditions {

  private LabConditions() {}

  static StepCondition read(@Nullable Object value, String where) {
    Map<String, Object> conditions = LabFiles.map(value, where + ", done-when");
    if (conditions.size() != 1) {
      throw new LabFileException(
          where
              + ": done-when takes one condition (vm-power, port-group, nic, snapshot-ready,"
              + " restore-complete, migrated or label)");
    }
    var entry = conditions.entrySet().iterator().next();
    Map<String, Object> f = LabFiles.map(entry.getValue(), where + ", " + entry.getKey());
    return switch (entry.getKey()) {
      case "vm-power" ->
          new StepCondition.VmPower(
              LabFiles.key(f.get("vm"), where), LabFiles.power(f.get("state"), where));
      case "port-group" ->
          new StepCondition.PortGroupVlan(
              f.get("namespace") == null ? null : LabFiles.string(f.get("namespace")),
              number(f.get("vlan"), where));
      case "nic" -> nic(f, where);
      case "snapshot-ready" -> new StepCondition.SnapshotReady(LabFiles.key(f.get("vm"), where));
      case "restore-complete" ->
          new StepCondition.RestoreComplete(LabFiles.key(f.get("vm"), where));
      case "migrated" -> new StepCondition.Migrated(LabFiles.key(f.get("vm"), where));
      case "label" ->
          new StepCondition.VmLabel(
              LabFiles.key(f.get("vm"), where),
              required(f.get("key"), "key", where),
              LabFiles.string(f.get("value")));
      default ->
          throw new LabFileException(where + ": unknown condition \"" + entry.getKey() + "\"");
    };
  }

  private static StepCondition nic(Map<String, Object> f, String where) {
    String portGroup = LabFiles.string(f.get("port-group"));
    if (portGroup.isEmpty() && f.get("vlan") == null) {
      throw new LabFileException(where + ": nic needs a port-group or a vlan");
    }
    return new StepCondition.NicOnPortGroup(
        LabFiles.key(f.get("vm"), where),
        portGroup,
        portGroup.isEmpty() ? number(f.get("vlan"), where) : 0);
  }

  private static String required(@Nullable Object value, String field, String where) {
    String text = LabFiles.string(value);
    if (text.isEmpty()) {
      throw new LabFileException(where + ": " + field + " is missing");
    }
    return text;
  }

  private static int number(@Nullable Object value, String where) {
    try {
      return Integer.parseInt(LabFiles.string(value));
    } catch (NumberFormatException e) {
      throw new LabFileException(where + ": vlan is a number from 1 to 4094", e);
    }
  }
}
