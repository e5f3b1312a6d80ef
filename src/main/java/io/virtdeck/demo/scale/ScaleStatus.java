package io.virtdeck.demo.scale;

import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import java.util.List;
import java.util.Map;

/** Status blocks and managedFields of the scaled demo cluster's VMs and instances. */
final class ScaleStatus {

  private ScaleStatus() {}

  static Map<String, Object> vmStatus(boolean running) {
    return Map.of(
        "printableStatus",
        running ? "Running" : "Stopped",
        "ready",
        running,
        "created",
        running,
        "conditions",
        List.of(
            Map.of(
                "type",
                "Ready",
                "status",
                running ? "True" : "False",
                "reason",
                running ? "" : "VMINotExists",
                "lastTransitionTime",
                ScaleObjects.CREATED)));
  }

  static Map<String, Object> vmiStatus(String node, String ip, String os) {
    return Map.of(
        "phase",
        "Running",
        "nodeName",
        node,
        "interfaces",
        List.of(
            Map.of(
                "name", "default",
                "interfaceName", "eth0",
                "ipAddress", ip,
                "ipAddresses", List.of(ip),
                "mac", "02:00:00:00:00:01",
                "infoSource", "domain, guest-agent")),
        "guestOSInfo",
        Map.of("name", os, "prettyName", os),
        "conditions",
        List.of(
            Map.of("type", "Ready", "status", "True", "lastTransitionTime", ScaleObjects.CREATED),
            Map.of(
                "type", "AgentConnected",
                "status", "True",
                "lastTransitionTime", ScaleObjects.CREATED),
            // every scale disk is ReadWriteMany, so virt-controller calls each instance movable
            Map.of(
                "type", "LiveMigratable",
                "status", "True",
                "lastTransitionTime", ScaleObjects.CREATED)),
        "migrationMethod",
        "BlockMigration",
        "qosClass",
        "Burstable");
  }

  /** Three managedFields entries, as a real cluster keeps them: about 1 kB of JSON. */
  static List<ManagedFieldsEntry> managedFields(String manager) {
    return List.of(
        entry(
            manager,
            "Update",
            "{\"f:metadata\":{\"f:annotations\":{\".\":{},\"f:kubectl.kubernetes.io/last-applied-configuration\":{}},\"f:labels\":{\".\":{},\"f:app\":{},\"f:tier\":{}}},\"f:spec\":{\".\":{},\"f:runStrategy\":{},\"f:template\":{\".\":{},\"f:metadata\":{},\"f:spec\":{}}}}"),
        entry(
            "virt-controller",
            "Update",
            "{\"f:status\":{\".\":{},\"f:conditions\":{},\"f:created\":{},\"f:printableStatus\":{},\"f:ready\":{},\"f:volumeSnapshotStatuses\":{}}}"),
        entry(
            "virt-handler",
            "Update",
            "{\"f:status\":{\"f:interfaces\":{},\"f:guestOSInfo\":{\".\":{},\"f:id\":{},\"f:kernelRelease\":{},\"f:name\":{},\"f:prettyName\":{},\"f:version\":{}},\"f:nodeName\":{},\"f:phase\":{}}}"));
  }

  private static ManagedFieldsEntry entry(String manager, String operation, String fields) {
    var entry = new ManagedFieldsEntry();
    entry.setManager(manager);
    entry.setOperation(operation);
    entry.setApiVersion(ScaleObjects.KUBEVIRT);
    entry.setTime(ScaleObjects.CREATED);
    entry.setFieldsType("FieldsV1");
    var v1 = new FieldsV1();
    v1.setAdditionalProperty("raw", fields);
    entry.setFieldsV1(v1);
    return entry;
  }
}
