package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.rvtools.MigrationPlanner;
import io.virtdeck.rvtools.plan.MigrationPlan;
import io.virtdeck.rvtools.plan.NetworkMapping;
import io.virtdeck.rvtools.plan.NetworkTarget;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The network map: each source port group with its VLAN and where its adapters go here; the
 * namespace for draft port groups; Create missing port groups, as the user.
 */
class NetworkMapPanel extends VerticalLayout {

  private final MigrationPlanner planner;
  private final UserIdentity user;
  private final Grid<NetworkMapping> grid = new Grid<>();
  private final Select<String> namespace = new Select<>();
  private final Button create = new Button();
  private @Nullable MigrationPlan plan;

  NetworkMapPanel(MigrationPlanner planner, UserIdentity user, Consumer<String> draftNamespace) {
    this.planner = planner;
    this.user = user;
    setPadding(false);
    setSizeFull();
    List<String> namespaces = planner.draftNamespaces(user);
    namespace.setId("plan-draft-namespace");
    namespace.setLabel(getTranslation("rvtools.network.namespace"));
    namespace.setWidth("18rem");
    namespace.setItems(namespaces);
    namespace.setEmptySelectionAllowed(false);
    namespace.setHelperText(
        namespaces.isEmpty() ? getTranslation("rvtools.network.no-namespace") : "");
    if (!namespaces.isEmpty()) {
      namespace.setValue(namespaces.getFirst());
    }
    namespace.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            draftNamespace.accept(e.getValue());
          }
        });
    create.setId("plan-create-port-groups");
    create.setIcon(VaadinIcon.PLUS.create());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(e -> openCreate());
    grid.setId("plan-networks");
    grid.addColumn(NetworkMapping::portGroup)
        .setHeader(getTranslation("rvtools.plan.col.port-group"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(
            n ->
                n.vlan() > 0
                    ? String.valueOf(n.vlan())
                    : n.vlan() == 0 ? getTranslation("rvtools.network.untagged") : "—")
        .setHeader(getTranslation("rvtools.plan.col.vlan"))
        .setWidth("7rem")
        .setFlexGrow(0);
    grid.addColumn(NetworkMapping::vms)
        .setHeader(getTranslation("rvtools.plan.col.vms"))
        .setWidth("5rem")
        .setFlexGrow(0);
    grid.addColumn(NetworkMapping::adapters)
        .setHeader(getTranslation("rvtools.plan.col.adapters"))
        .setWidth("7rem")
        .setFlexGrow(0);
    grid.addColumn(n -> target(n.target()))
        .setHeader(getTranslation("rvtools.plan.col.target"))
        .setFlexGrow(1);
    grid.setSizeFull();
    HorizontalLayout bar = new HorizontalLayout(namespace, create);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(bar, grid);
  }

  private String target(NetworkTarget target) {
    return switch (target) {
      case NetworkTarget.Pod pod -> getTranslation("rvtools.network.pod");
      case NetworkTarget.Existing e ->
          getTranslation("rvtools.network.existing", e.namespace() + "/" + e.name());
      case NetworkTarget.Draft d ->
          getTranslation(
              "rvtools.network.draft", d.namespace() + "/" + d.name(), String.valueOf(d.vlan()));
      case NetworkTarget.Unmapped u -> getTranslation(u.reasonKey());
    };
  }

  void show(MigrationPlan plan) {
    this.plan = plan;
    grid.setItems(plan.networks());
    int drafts = plan.drafts().size();
    create.setText(getTranslation("rvtools.network.create", drafts));
    create.setEnabled(drafts > 0 && !planner.draftNamespaces(user).isEmpty());
  }

  private void openCreate() {
    if (plan != null && !plan.drafts().isEmpty()) {
      new CreatePortGroupsDialog(planner, user, plan.drafts()).open();
    }
  }
}
