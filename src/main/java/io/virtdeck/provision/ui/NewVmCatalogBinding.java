package io.virtdeck.provision.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.BootSourceRow;
import io.virtdeck.provision.Catalog;
import io.virtdeck.provision.InstanceTypeRow;
import io.virtdeck.provision.NewVm;
import io.virtdeck.provision.NewVmContext;
import io.virtdeck.provision.PreferenceRow;
import io.virtdeck.provision.VmCreation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wizard's choices for the chosen folder, read as the user when the folder is chosen: instance
 * types, preferences, boot images, disks to clone, datastores and port groups; a boot image chosen
 * suggests its size, preference and instance type, as OpenShift's and vSphere's wizards do.
 */
final class NewVmCatalogBinding {

  private final VmCreation creation;
  private final UserIdentity user;
  private final NewVmFields fields;
  private Catalog catalog = new Catalog(List.of(), List.of(), List.of(), List.of());
  private NewVmContext context =
      new NewVmContext(
          java.util.Set.of(),
          java.util.Set.of(),
          java.util.Set.of(),
          Map.of(),
          List.of(),
          List.of(),
          catalog);

  NewVmCatalogBinding(VmCreation creation, UserIdentity user, NewVmFields fields) {
    this.creation = creation;
    this.user = user;
    this.fields = fields;
    fields.bootImage.addValueChangeListener(e -> suggest(e.getValue()));
  }

  Catalog catalog() {
    return catalog;
  }

  NewVmContext context() {
    return context;
  }

  /** Reads the choices for a VM in the folder and offers them. */
  void load(String folder) {
    catalog = creation.catalog(user, folder);
    context = creation.context(user, folder, catalog);
    List<String> types =
        catalog.instanceTypes().stream().map(InstanceTypeRow::name).distinct().toList();
    fields.instanceType.setItems(types);
    fields.instanceType.setItemLabelGenerator(
        n ->
            catalog
                .instanceType(n)
                .map(x -> t("prov.new.instance-type.item", n, x.cpus(), x.memory()))
                .orElse(n));
    fields.typed.setValue(!types.isEmpty());
    fields.typed.setEnabled(!types.isEmpty());
    List<String> preferences = new ArrayList<>();
    preferences.add("");
    catalog.preferences().stream().map(PreferenceRow::name).forEach(preferences::add);
    fields.preference.setItems(preferences);
    fields.preference.setItemLabelGenerator(
        p ->
            p.isEmpty()
                ? t("prov.new.preference.none")
                : catalog.preference(p).map(PreferenceRow::displayName).orElse(p));
    fields.preference.setValue("");
    fields.bootImage.setItems(catalog.bootSources().stream().map(BootSourceRow::key).toList());
    fields.bootImage.setItemLabelGenerator(this::bootLabel);
    catalog.bootSources().stream()
        .filter(BootSourceRow::ready)
        .findFirst()
        .ifPresent(b -> fields.bootImage.setValue(b.key()));
    fields.cloneDisk.setItems(context.claimSizes().keySet().stream().sorted().toList());
    fields.datastore.setItems(context.datastores());
    if (!context.datastores().isEmpty()) {
      fields.datastore.setValue(context.datastores().getFirst());
    }
    List<String> networks = new ArrayList<>();
    networks.add(NewVm.POD_NETWORK);
    networks.addAll(context.portGroups());
    fields.networks.setItems(networks);
    fields.networks.setItemLabelGenerator(n -> n.isEmpty() ? t("prov.new.network.pod") : n);
    fields.networks.select(NewVm.POD_NETWORK);
    if (fields.size.getValue().isBlank()) {
      fields.size.setValue("30Gi");
    }
    if (!catalog.unreadable().isEmpty()) {
      ProvisionNotices.show(
          fields.problems, "prov.new.unreadable", String.join(", ", catalog.unreadable()));
    }
  }

  private String bootLabel(ResourceKey key) {
    return catalog
        .bootSource(key)
        .map(
            b ->
                t(
                    "prov.new.boot-image.item",
                    key.name(),
                    b.ready() ? b.size() : t("prov.new.boot-image.not-ready")))
        .orElse(key.toString());
  }

  private void suggest(ResourceKey key) {
    if (key == null) {
      return;
    }
    catalog
        .bootSource(key)
        .ifPresent(
            b -> {
              if (!b.size().isEmpty()) {
                fields.size.setValue(b.size());
              }
              if (catalog.preference(b.preference()).isPresent()) {
                fields.preference.setValue(b.preference());
              }
              if (catalog.instanceType(b.instanceType()).isPresent()) {
                fields.instanceType.setValue(b.instanceType());
              }
            });
  }

  private static String t(String key, Object... args) {
    return I18NProvider.translate(key, args);
  }
}
