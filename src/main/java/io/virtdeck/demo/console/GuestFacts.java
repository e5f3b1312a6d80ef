package io.virtdeck.demo.console;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a demo guest knows about itself, read from its VMI (guest agent info, interfaces, volumes)
 * and VM (disk sizes): what the consoles print.
 *
 * @param name the VM's name, also its hostname
 * @param osName the operating system's pretty name
 * @param kernel the kernel release
 * @param windows whether the guest is Windows (a sign-in screen instead of a text login)
 * @param addresses the guest's IP addresses, one per interface in order
 * @param disks the guest's disks
 * @param started when the VMI was created, for {@code uptime}
 */
record GuestFacts(
    String name,
    String osName,
    String kernel,
    boolean windows,
    List<String> addresses,
    List<Disk> disks,
    Instant started) {

  /** A disk: its volume name and size as the VM asks for it ("30Gi"). */
  record Disk(String volume, String size) {}

  GuestFacts {
    addresses = List.copyOf(addresses);
    disks = List.copyOf(disks);
  }

  static GuestFacts of(GenericKubernetesResource vmi, @Nullable GenericKubernetesResource vm) {
    Map<String, Object> vmiFields = vmi.getAdditionalProperties();
    String osId = Fields.text(vmiFields, "", "status", "guestOSInfo", "id");
    String hints =
        osId + " " + vmi.getMetadata().getLabels() + " " + vmi.getMetadata().getAnnotations();
    if (vm != null) {
      hints += " " + Fields.text(vm.getAdditionalProperties(), "", "spec", "preference", "name");
      hints += " " + vm.getMetadata().getLabels() + " " + vm.getMetadata().getAnnotations();
    }
    boolean windows = hints.toLowerCase(Locale.ROOT).contains("win");
    String created = vmi.getMetadata().getCreationTimestamp();
    return new GuestFacts(
        vmi.getMetadata().getName(),
        Fields.text(
            vmiFields,
            windows ? "Windows Server 2022 Standard" : "Linux",
            "status",
            "guestOSInfo",
            "prettyName"),
        Fields.text(vmiFields, "6.14.0-63.fc42.x86_64", "status", "guestOSInfo", "kernelRelease"),
        windows,
        addresses(vmiFields),
        disks(vmiFields, vm == null ? Map.of() : vm.getAdditionalProperties()),
        created == null ? Instant.now() : Instant.parse(created));
  }

  private static List<String> addresses(Map<String, Object> vmi) {
    List<String> addresses = new ArrayList<>();
    for (Object nic : Fields.list(vmi, "status", "interfaces")) {
      addresses.add(Fields.text(nic, "", "ipAddress"));
    }
    return addresses;
  }

  private static List<Disk> disks(Map<String, Object> vmi, Map<String, Object> vm) {
    List<Disk> disks = new ArrayList<>();
    for (Object volume : Fields.list(vmi, "spec", "volumes")) {
      String name = Fields.text(volume, "disk", "name");
      String claim =
          Fields.text(
              volume,
              Fields.text(volume, name, "persistentVolumeClaim", "claimName"),
              "dataVolume",
              "name");
      disks.add(new Disk(name, size(vm, claim)));
    }
    return disks;
  }

  private static String size(Map<String, Object> vm, String claim) {
    for (Object template : Fields.list(vm, "spec", "dataVolumeTemplates")) {
      if (claim.equals(Fields.text(template, "", "metadata", "name"))) {
        return Fields.text(
            template,
            Fields.text(template, "1Gi", "spec", "pvc", "resources", "requests", "storage"),
            "spec",
            "storage",
            "resources",
            "requests",
            "storage");
      }
    }
    return "1Gi";
  }
}
