package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.List;

/**
 * The CustomResourceDefinitions the demo cluster installs: the KubeVirt, CDI, Multus, snapshot,
 * instance type and clone kinds VirtDeck works with, VirtDeck's own task kind, each with the status
 * subresource where the real CRD has one and an open schema, so that stored objects keep every
 * field.
 */
public final class DemoCrds {

  /** One CRD as data: group, version, kind, plural, singular, short names, scope, status. */
  public record Crd(
      String group,
      String version,
      String kind,
      String plural,
      String singular,
      List<String> shortNames,
      boolean namespaced,
      boolean statusSubresource) {

    public String apiVersion() {
      return group + "/" + version;
    }
  }

  public static final List<Crd> ALL =
      List.of(
          new Crd(
              "kubevirt.io",
              "v1",
              "VirtualMachine",
              "virtualmachines",
              "virtualmachine",
              List.of("vm", "vms"),
              true,
              true),
          new Crd(
              "kubevirt.io",
              "v1",
              "VirtualMachineInstance",
              "virtualmachineinstances",
              "virtualmachineinstance",
              List.of("vmi", "vmis"),
              true,
              true),
          new Crd(
              "kubevirt.io",
              "v1",
              "VirtualMachineInstanceMigration",
              "virtualmachineinstancemigrations",
              "virtualmachineinstancemigration",
              List.of("vmim", "vmims"),
              true,
              true),
          new Crd(
              "cdi.kubevirt.io",
              "v1beta1",
              "DataVolume",
              "datavolumes",
              "datavolume",
              List.of("dv", "dvs"),
              true,
              true),
          new Crd(
              "cdi.kubevirt.io",
              "v1beta1",
              "DataSource",
              "datasources",
              "datasource",
              List.of("das"),
              true,
              true),
          new Crd(
              "instancetype.kubevirt.io",
              "v1",
              "VirtualMachineClusterInstancetype",
              "virtualmachineclusterinstancetypes",
              "virtualmachineclusterinstancetype",
              List.of("vmclusterinstancetype", "vmclusterinstancetypes", "vmcf", "vmcfs"),
              false,
              false),
          new Crd(
              "instancetype.kubevirt.io",
              "v1",
              "VirtualMachineInstancetype",
              "virtualmachineinstancetypes",
              "virtualmachineinstancetype",
              List.of("vminstancetype", "vminstancetypes", "vmf", "vmfs"),
              true,
              false),
          new Crd(
              "instancetype.kubevirt.io",
              "v1",
              "VirtualMachineClusterPreference",
              "virtualmachineclusterpreferences",
              "virtualmachineclusterpreference",
              List.of("vmcp", "vmcps"),
              false,
              false),
          new Crd(
              "instancetype.kubevirt.io",
              "v1",
              "VirtualMachinePreference",
              "virtualmachinepreferences",
              "virtualmachinepreference",
              List.of("vmpref", "vmprefs", "vmp", "vmps"),
              true,
              false),
          new Crd(
              "clone.kubevirt.io",
              "v1beta1",
              "VirtualMachineClone",
              "virtualmachineclones",
              "virtualmachineclone",
              List.of("vmclone", "vmclones"),
              true,
              true),
          new Crd(
              "k8s.cni.cncf.io",
              "v1",
              "NetworkAttachmentDefinition",
              "network-attachment-definitions",
              "network-attachment-definition",
              List.of("net-attach-def"),
              true,
              false),
          new Crd(
              "snapshot.kubevirt.io",
              "v1beta1",
              "VirtualMachineSnapshot",
              "virtualmachinesnapshots",
              "virtualmachinesnapshot",
              List.of("vmsnapshot", "vmsnapshots"),
              true,
              true),
          new Crd(
              "snapshot.kubevirt.io",
              "v1beta1",
              "VirtualMachineSnapshotContent",
              "virtualmachinesnapshotcontents",
              "virtualmachinesnapshotcontent",
              List.of("vmsnapshotcontent", "vmsnapshotcontents"),
              true,
              true),
          new Crd(
              "snapshot.kubevirt.io",
              "v1beta1",
              "VirtualMachineRestore",
              "virtualmachinerestores",
              "virtualmachinerestore",
              List.of("vmrestore", "vmrestores"),
              true,
              true),
          new Crd(
              "snapshot.storage.k8s.io",
              "v1",
              "VolumeSnapshotClass",
              "volumesnapshotclasses",
              "volumesnapshotclass",
              List.of("vsclass", "vsclasses"),
              false,
              false),
          new Crd(
              "nodemaintenance.medik8s.io",
              "v1beta1",
              "NodeMaintenance",
              "nodemaintenances",
              "nodemaintenance",
              List.of("nm"),
              false,
              true),
          // VirtDeck's own: its tasks, shared by its replicas (the chart installs it)
          new Crd(
              "virtdeck.io",
              "v1alpha1",
              "VirtDeckTask",
              "virtdecktasks",
              "virtdecktask",
              List.of("vdtask", "vdtasks"),
              true,
              false));

  private DemoCrds() {}

  /** The CRD object for one entry, as a real cluster would have it installed. */
  public static CustomResourceDefinition toDefinition(Crd crd) {
    var builder =
        new CustomResourceDefinitionBuilder()
            .withNewMetadata()
            .withName(crd.plural() + "." + crd.group())
            .endMetadata()
            .withNewSpec()
            .withGroup(crd.group())
            .withScope(crd.namespaced() ? "Namespaced" : "Cluster")
            .withNewNames()
            .withKind(crd.kind())
            .withListKind(crd.kind() + "List")
            .withPlural(crd.plural())
            .withSingular(crd.singular())
            .withShortNames(crd.shortNames())
            .endNames()
            .addNewVersion()
            .withName(crd.version())
            .withServed(true)
            .withStorage(true)
            .withNewSchema()
            .withOpenAPIV3Schema(
                new JSONSchemaPropsBuilder()
                    .withType("object")
                    .withXKubernetesPreserveUnknownFields(true)
                    .build())
            .endSchema();
    if (crd.statusSubresource()) {
      builder = builder.withNewSubresources().withNewStatus().endStatus().endSubresources();
    }
    return builder.endVersion().endSpec().build();
  }
}
