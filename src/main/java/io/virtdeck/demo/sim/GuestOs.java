package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The guest operating system a VM would report through its guest agent. */
enum GuestOs {
  FEDORA(
      "fedora", "Fedora Linux", "Fedora Linux 42 (Cloud Edition)", "42", "6.14.0-63.fc42.x86_64"),
  RHEL(
      "rhel",
      "Red Hat Enterprise Linux",
      "Red Hat Enterprise Linux 9.6 (Plow)",
      "9.6",
      "5.14.0-570.12.1.el9_6.x86_64"),
  UBUNTU("ubuntu", "Ubuntu", "Ubuntu 22.04.5 LTS", "22.04", "5.15.0-139-generic"),
  CENTOS("centos", "CentOS Stream", "CentOS Stream 9", "9", "5.14.0-585.el9.x86_64"),
  WINDOWS("mswindows", "Microsoft Windows", "Windows Server 2022 Standard", "2022", "20348");

  private final String id;
  private final String name;
  private final String prettyName;
  private final String version;
  private final String kernelRelease;

  GuestOs(String id, String name, String prettyName, String version, String kernelRelease) {
    this.id = id;
    this.name = name;
    this.prettyName = prettyName;
    this.version = version;
    this.kernelRelease = kernelRelease;
  }

  boolean windows() {
    return this == WINDOWS;
  }

  /** Guesses the OS from the VM's preference, its vm.kubevirt.io/os annotation and labels. */
  static GuestOs of(@Nullable GenericKubernetesResource vm) {
    if (vm == null) {
      return FEDORA;
    }
    var hints = new StringBuilder();
    hints.append((String) Api.get(vm, "spec", "preference", "name")).append(' ');
    var annotations = vm.getMetadata().getAnnotations();
    if (annotations != null) {
      hints.append(annotations.get("vm.kubevirt.io/os")).append(' ');
    }
    var labels = vm.getMetadata().getLabels();
    if (labels != null) {
      hints.append(labels.get("kubevirt.io/os")).append(' ');
      labels.keySet().stream()
          .filter(k -> k.startsWith("os.template.kubevirt.io/"))
          .forEach(k -> hints.append(k).append(' '));
    }
    var text = hints.toString().toLowerCase(Locale.ROOT);
    for (var candidate : List.of(WINDOWS, RHEL, UBUNTU, CENTOS, FEDORA)) {
      if (text.contains(candidate.id) || candidate == WINDOWS && text.contains("win")) {
        return candidate;
      }
    }
    return FEDORA;
  }

  /** The guest agent's {@code guestOSInfo}; only the kernel version's form differs by family. */
  Map<String, Object> guestOsInfo() {
    return map(
        "id",
        id,
        "name",
        name,
        "prettyName",
        prettyName,
        "version",
        version,
        "versionId",
        version,
        "kernelRelease",
        kernelRelease,
        "kernelVersion",
        windows() ? "10.0.20348" : "#1 SMP PREEMPT_DYNAMIC",
        "machine",
        "x86_64");
  }
}
