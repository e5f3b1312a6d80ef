package io.virtdeck.provision.ui;

import io.virtdeck.provision.NewVm;
import io.virtdeck.provision.NewVmContext;
import io.virtdeck.provision.NewVmPrefill;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Fills the New VM wizard's fields from a template: its folder first (which loads that folder's
 * choices), then compute, boot disk, datastore, size and port groups, each only where the folder
 * offers it; the name stays empty for the user to choose.
 */
final class NewVmPrefillFields {

  private NewVmPrefillFields() {}

  static void apply(NewVmFields fields, NewVmCatalogBinding binding, NewVmPrefill prefill) {
    fields.folder.setValue(prefill.folder());
    fields.name.clear();
    var catalog = binding.catalog();
    NewVmContext context = binding.context();
    boolean typed =
        !prefill.instanceType().isEmpty()
            && catalog.instanceType(prefill.instanceType()).isPresent();
    fields.typed.setValue(typed);
    if (typed) {
      fields.instanceType.setValue(prefill.instanceType());
    } else {
      fields.cpus.setValue(prefill.cpus());
      fields.memory.setValue(prefill.memory());
    }
    fields.preference.setValue(
        catalog.preference(prefill.preference()).isPresent() ? prefill.preference() : "");
    fields.source.setValue(prefill.bootSource());
    switch (prefill.bootSource()) {
      case CLONE_DISK -> {
        if (context.claimSizes().containsKey(prefill.bootDisk())) {
          fields.cloneDisk.setValue(prefill.bootDisk());
        }
      }
      case CONTAINER_DISK -> fields.image.setValue(prefill.bootDisk());
      case DATA_SOURCE, BLANK -> {}
    }
    if (context.datastores().contains(prefill.storageClass())) {
      fields.datastore.setValue(prefill.storageClass());
    }
    if (!prefill.size().isEmpty()) {
      fields.size.setValue(prefill.size());
    }
    Set<String> networks = new LinkedHashSet<>();
    for (String network : prefill.networks()) {
      if (network.equals(NewVm.POD_NETWORK) || context.portGroups().contains(network)) {
        networks.add(network);
      }
    }
    fields.networks.setValue(networks);
    fields.showChosen();
  }
}
