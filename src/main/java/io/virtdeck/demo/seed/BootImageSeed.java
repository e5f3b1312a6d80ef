package io.virtdeck.demo.seed;

import static io.virtdeck.demo.seed.Json.map;
import static io.virtdeck.demo.seed.RbacSeed.read;
import static io.virtdeck.demo.seed.RbacSeed.rule;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;

/**
 * The boot images of the demo cluster, as CDI's DataImportCrons leave them: namespace {@value
 * #NAMESPACE} with one golden claim per guest system and a {@code DataSource} naming it (labelled
 * with its default instance type and preference), readable by every authenticated user; and the
 * ClusterRoles KubeVirt installs so that everyone may read the cluster instance types and
 * preferences.
 */
final class BootImageSeed {

  /** The namespace of the boot images. */
  static final String NAMESPACE = "boot-images";

  /** One boot image: DataSource name, claim name, size, preference, instance type, source URL. */
  record BootImage(
      String name, String claim, String size, String preference, String instanceType, String url) {}

  static final List<BootImage> IMAGES =
      List.of(
          new BootImage(
              "fedora",
              "fedora-42",
              "30Gi",
              "fedora",
              "u1.medium",
              "docker://quay.io/containerdisks/fedora:42"),
          new BootImage(
              "ubuntu",
              "ubuntu-22.04",
              "30Gi",
              "ubuntu",
              "u1.medium",
              "docker://quay.io/containerdisks/ubuntu:22.04"),
          new BootImage(
              "rhel9",
              "rhel-9.6",
              "30Gi",
              "rhel.9",
              "u1.medium",
              "docker://registry.redhat.io/rhel9/rhel-guest-image:9.6"),
          new BootImage(
              "win2k22",
              "windows-2k22",
              "64Gi",
              "windows.2k22",
              "u1.xlarge",
              "http://images.lab.example/windows/win2k22-sysprep.qcow2"));

  private BootImageSeed() {}

  static void seed(KubernetesClient admin) {
    admin
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(NAMESPACE)
                .withLabels(
                    Json.strings(
                        "kubernetes.io/metadata.name", NAMESPACE,
                        "virtdeck.io/team", "platform",
                        "virtdeck.io/environment", "production"))
                .withCreationTimestamp(NodeSeed.CREATED)
                .endMetadata()
                .withNewStatus()
                .withPhase("Active")
                .endStatus()
                .build())
        .create();
    for (var image : IMAGES) {
      admin
          .persistentVolumeClaims()
          .resource(
              StorageSeed.boundClaim(
                  NAMESPACE,
                  image.claim(),
                  image.size(),
                  StorageSeed.DEFAULT_CLASS,
                  Json.strings(
                      "cdi.kubevirt.io/dataImportCron", image.name() + "-image-cron",
                      "instancetype.kubevirt.io/default-preference", image.preference(),
                      "instancetype.kubevirt.io/default-instancetype", image.instanceType()),
                  Json.strings("cdi.kubevirt.io/storage.import.endpoint", image.url())))
          .create();
      var source = map("pvc", map("namespace", NAMESPACE, "name", image.claim()));
      var dataSource =
          Json.object(
              "DataSource",
              NAMESPACE,
              image.name(),
              Json.strings(
                  "cdi.kubevirt.io/dataImportCron", image.name() + "-image-cron",
                  "instancetype.kubevirt.io/default-preference", image.preference(),
                  "instancetype.kubevirt.io/default-instancetype", image.instanceType()),
              Json.strings(),
              map("spec", map("source", source)));
      Json.createWithStatus(
          admin,
          dataSource,
          map(
              "source",
              source,
              "conditions",
              List.of(
                  map(
                      "type", "Ready",
                      "status", "True",
                      "reason", "Ready",
                      "message", "",
                      "lastTransitionTime", NodeSeed.CREATED,
                      "lastHeartbeatTime", NodeSeed.CREATED))));
    }
    rbac(admin);
  }

  /** Instance types and preferences for everyone, and the boot images to read and clone from. */
  private static void rbac(KubernetesClient admin) {
    RbacSeed.clusterRole(
        admin,
        "instancetype.kubevirt.io:view",
        List.of(
            rule(
                List.of("instancetype.kubevirt.io"),
                List.of("virtualmachineclusterinstancetypes", "virtualmachineclusterpreferences"),
                read())));
    RbacSeed.clusterBinding(
        admin,
        "instancetype.kubevirt.io:view",
        "instancetype.kubevirt.io:view",
        RbacSeed.group(DemoUsers.AUTHENTICATED_GROUP));
    RbacSeed.clusterRole(
        admin,
        "os-images.kubevirt.io:view",
        List.of(
            rule(List.of("cdi.kubevirt.io"), List.of("datasources"), read()),
            rule(List.of("cdi.kubevirt.io"), List.of("datavolumes/source"), List.of("create")),
            rule(List.of(""), List.of("persistentvolumeclaims"), List.of("get"))));
    RbacSeed.roleBinding(
        admin,
        NAMESPACE,
        "os-images.kubevirt.io:view",
        "os-images.kubevirt.io:view",
        RbacSeed.group(DemoUsers.AUTHENTICATED_GROUP));
  }
}
