package io.virtdeck.vm.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.ui.Formats;
import io.virtdeck.ui.PropertyCard;
import io.virtdeck.vm.rows.VmDisk;
import io.virtdeck.vm.rows.VmNic;
import io.virtdeck.vm.rows.VmSummary;
import java.util.ArrayList;
import java.util.List;

/** The "VM Hardware" card: CPU, memory, hard disks, CD/DVD drives and network adapters. */
class VmHardwareCard extends PropertyCard {

  VmHardwareCard(VmSummary summary) {
    super(I18NProvider.translate("vm.hardware"));
    setId("vm-hardware-card");
    var row = summary.row();
    row(
        getTranslation("vm.hardware.cpu"),
        row.vcpus() == 0 ? "" : getTranslation("vm.hardware.cpu.value", row.vcpus()));
    row(getTranslation("vm.hardware.memory"), Formats.bytes(row.memoryBytes()));
    int disk = 0;
    int cdrom = 0;
    for (VmDisk d : summary.disks()) {
      if ("cdrom".equals(d.type())) {
        row(getTranslation("vm.hardware.cdrom", ++cdrom), describe(d));
      } else {
        row(getTranslation("vm.hardware.disk", ++disk), describe(d));
      }
    }
    int nic = 0;
    for (VmNic n : summary.nics()) {
      row(getTranslation("vm.hardware.nic", ++nic), describe(n));
    }
  }

  private String describe(VmDisk disk) {
    List<String> parts = new ArrayList<>();
    parts.add(disk.name());
    if (!disk.size().isEmpty()) {
      parts.add(disk.size());
    }
    if (!disk.storageClass().isEmpty()) {
      parts.add(getTranslation("vm.hardware.datastore", disk.storageClass()));
    }
    if (!disk.source().isEmpty()) {
      parts.add(disk.sourceKind() + " " + disk.source());
    } else if (!disk.sourceKind().isEmpty()) {
      parts.add(disk.sourceKind());
    }
    parts.add(disk.bus());
    if (disk.hotplugged()) {
      parts.add(getTranslation("vm.hardware.hotplugged"));
    }
    return String.join(" · ", parts);
  }

  private String describe(VmNic nic) {
    String network = nic.podNetwork() ? getTranslation("vm.network.pod") : nic.network();
    List<String> parts = new ArrayList<>(List.of(nic.name(), network, nic.model()));
    if (!nic.macAddress().isEmpty()) {
      parts.add(nic.macAddress());
    }
    if (!nic.ipAddresses().isEmpty()) {
      parts.add(String.join(", ", nic.ipAddresses()));
    }
    return String.join(" · ", parts);
  }
}
