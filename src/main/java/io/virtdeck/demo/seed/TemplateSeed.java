package io.virtdeck.demo.seed;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.demo.seed.NetworkSeed.Nad;
import io.virtdeck.demo.seed.VmCatalog.PlannedVm;
import io.virtdeck.demo.seed.VmCatalog.Profile;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Two VM templates in folder {@code shop} (which the operator and the shop owner manage): stopped
 * VMs labelled {@value #LABEL}{@code : "true"}, with their boot disks, to deploy new VMs from.
 */
final class TemplateSeed {

  /** The template label, as {@code io.virtdeck.vm.rows.VmTemplates} reads it. */
  static final String LABEL = "virtdeck.io/template";

  static final List<PlannedVm> TEMPLATES =
      List.of(
          template(
              1001,
              "fedora-template",
              VmCatalog.FEDORA,
              NetworkSeed.DMZ,
              "Golden Fedora 42 image for the shop's web servers"),
          template(
              1002,
              "rhel9-template",
              VmCatalog.RHEL9,
              null,
              "Hardened RHEL 9.6 base image for the shop's services"));

  private TemplateSeed() {}

  static void seed(KubernetesClient admin) {
    TEMPLATES.forEach(t -> VmSeed.seed(admin, t, Map.of(LABEL, "true")));
  }

  private static PlannedVm template(
      int index, String name, VmCatalog.Os os, @Nullable Nad nic, String notes) {
    Profile profile =
        new Profile(
            name,
            "shop",
            "golden-images",
            "template",
            os,
            1,
            2,
            1,
            "4Gi",
            "30Gi",
            null,
            nic,
            "virtio",
            false,
            "ceph-rbd",
            notes);
    return new PlannedVm(index, name, "shop", profile, false);
  }
}
