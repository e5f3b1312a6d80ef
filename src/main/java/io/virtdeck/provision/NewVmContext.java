package io.virtdeck.provision;

import java.util.List;
import java.util.Set;

/**
 * What the wizard's checks compare the input with: the folders where the user may create VMs, the
 * names taken in the chosen folder (VMs, and DataVolumes or claims), the claims there with their
 * sizes (to clone), the datastores, the port groups the VM may use ({@code namespace/name}) and the
 * catalog.
 */
public record NewVmContext(
    Set<String> folders,
    Set<String> takenVms,
    Set<String> takenDisks,
    java.util.Map<String, String> claimSizes,
    List<String> datastores,
    List<String> portGroups,
    Catalog catalog) {

  public NewVmContext {
    folders = Set.copyOf(folders);
    takenVms = Set.copyOf(takenVms);
    takenDisks = Set.copyOf(takenDisks);
    claimSizes = java.util.Map.copyOf(claimSizes);
    datastores = List.copyOf(datastores);
    portGroups = List.copyOf(portGroups);
  }
}
