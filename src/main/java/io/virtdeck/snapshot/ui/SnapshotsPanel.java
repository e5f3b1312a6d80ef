package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.RouterLink;
import io.virtdeck.snapshot.SnapshotAction;
import io.virtdeck.snapshot.SnapshotNode;
import io.virtdeck.snapshot.SnapshotRow;
import io.virtdeck.ui.LiveUpdates;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Snapshot Manager of one VM: its snapshots as a tree (a revert starts a branch) with "You are
 * here", and Take, Revert, Delete and Delete all, each offered only when Kubernetes allows it. All
 * actions are buttons, so they work from the keyboard; the tree is live.
 */
class SnapshotsPanel extends VerticalLayout {

  private final SnapshotContext context;
  private final TreeGrid<SnapshotNode> tree = new TreeGrid<>();
  private final Button take;
  private final Button revert;
  private final Button delete;
  private final Button deleteAll;
  private final Button yaml;
  private final Span empty = new Span();
  private final List<Button> extraButtons;

  /**
   * {@code yamlOf} makes the YAML view of one of the VM's snapshots, by its name; {@code extras}
   * are other features' buttons for the selected snapshot.
   */
  SnapshotsPanel(
      SnapshotContext context,
      Function<String, Component> yamlOf,
      List<SnapshotManagerAction> extras) {
    this.context = context;
    setId("snapshot-manager");
    setPadding(false);
    take = button("snapshot-take", "snapshot.action.take", VaadinIcon.CAMERA, SnapshotAction.TAKE);
    take.addClickListener(e -> new TakeSnapshotDialog(context).open());
    revert =
        button(
            "snapshot-revert",
            "snapshot.action.revert",
            VaadinIcon.ROTATE_LEFT,
            SnapshotAction.REVERT);
    revert.addClickListener(e -> selected().ifPresent(s -> new RevertDialog(context, s).open()));
    delete =
        button(
            "snapshot-delete", "snapshot.action.delete", VaadinIcon.TRASH, SnapshotAction.DELETE);
    delete.addClickListener(
        e -> selected().ifPresent(s -> new DeleteSnapshotsDialog(context, List.of(s)).open()));
    deleteAll =
        button(
            "snapshot-delete-all",
            "snapshot.action.delete-all",
            VaadinIcon.TRASH,
            SnapshotAction.DELETE);
    deleteAll.addClickListener(
        e ->
            new DeleteSnapshotsDialog(
                    context, context.snapshots().snapshotsOf(context.user(), context.vm()))
                .open());
    yaml = new Button(getTranslation("yaml.tab"), VaadinIcon.CODE.create());
    yaml.setId("snapshot-yaml");
    yaml.addThemeVariants(ButtonVariant.LUMO_SMALL);
    yaml.addClickListener(
        e -> selected().ifPresent(s -> SnapshotYamlDialog.open(s.name(), yamlOf.apply(s.name()))));
    RouterLink all = new RouterLink(getTranslation("snapshot.list.link"), SnapshotListView.class);
    all.setId("snapshot-list-link");
    extraButtons =
        extras.stream()
            .filter(x -> x.offered(context.user(), context.vm().namespace()))
            .map(this::extraButton)
            .toList();
    HorizontalLayout toolbar = new HorizontalLayout(take, revert, delete, deleteAll, yaml);
    extraButtons.forEach(toolbar::add);
    toolbar.add(all);
    toolbar.setAlignItems(Alignment.CENTER);
    configureTree();
    empty.setId("snapshot-empty");
    empty.setText(getTranslation("snapshot.none"));
    TakeSnapshotTarget takeTarget = new TakeSnapshotTarget(context::forVm, context.vm());
    takeTarget.setVisible(context.permitted(SnapshotAction.TAKE));
    HorizontalLayout targets =
        new HorizontalLayout(takeTarget, SnapshotDrops.revertTarget(context));
    targets.setWrap(true);
    add(toolbar, targets, empty, tree);
    SnapshotDrops.dragSnapshots(tree);
    LiveUpdates.follow(
        this, () -> context.snapshots().changes().filter(context.vm()::equals), this::refresh);
  }

  private Button button(String id, String key, VaadinIcon icon, SnapshotAction action) {
    Button button = new Button(getTranslation(key), icon.create());
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    button.setVisible(context.permitted(action));
    return button;
  }

  /** Another feature's button: runs on the selected snapshot, enabled while it is ready. */
  private Button extraButton(SnapshotManagerAction extra) {
    Button button = new Button(getTranslation(extra.labelKey()), VaadinIcon.COPY.create());
    button.setId(extra.id());
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    button.addClickListener(
        e -> selected().ifPresent(s -> extra.run(this, s.key(), context.user())));
    return button;
  }

  private void configureTree() {
    tree.setId("snapshot-tree");
    tree.setAllRowsVisible(true);
    tree.addComponentHierarchyColumn(this::label)
        .setHeader(getTranslation("snapshot.column.name"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    tree.addColumn(n -> row(n).map(SnapshotRow::description).orElse(""))
        .setHeader(getTranslation("snapshot.column.description"))
        .setTooltipGenerator(n -> row(n).map(r -> r.description()).orElse(""))
        .setFlexGrow(2);
    tree.addColumn(n -> row(n).map(r -> SnapshotTexts.time(r.created())).orElse(""))
        .setHeader(getTranslation("snapshot.column.created"))
        .setAutoWidth(true);
    tree.addColumn(n -> row(n).map(r -> SnapshotTexts.status(this, r)).orElse(""))
        .setHeader(getTranslation("snapshot.column.status"))
        .setTooltipGenerator(n -> row(n).map(r -> SnapshotTexts.status(this, r)).orElse(""))
        .setFlexGrow(2);
    tree.addColumn(n -> row(n).map(r -> SnapshotTexts.indications(this, r)).orElse(""))
        .setHeader(getTranslation("snapshot.column.indications"))
        .setTooltipGenerator(n -> row(n).map(r -> SnapshotTexts.indications(this, r)).orElse(""))
        .setFlexGrow(2);
    tree.addColumn(n -> row(n).map(r -> SnapshotTexts.size(r.sizeBytes())).orElse(""))
        .setHeader(getTranslation("snapshot.column.size"))
        .setAutoWidth(true);
    tree.addSelectionListener(e -> updateButtons());
  }

  private HorizontalLayout label(SnapshotNode node) {
    HorizontalLayout label = new HorizontalLayout();
    label.setSpacing(false);
    label.addClassName("tree-label");
    if (node.youAreHereMarker()) {
      label.add(VaadinIcon.MAP_MARKER.create(), new Span(getTranslation("snapshot.you-are-here")));
      label.setId("snapshot-you-are-here");
    } else {
      String name = Objects.requireNonNull(node.snapshot(), "a node that is no marker").name();
      label.add(VaadinIcon.CAMERA.create(), selectingName(node));
      label.getElement().setAttribute("data-snapshot", name);
    }
    return label;
  }

  /**
   * The snapshot's name as a label element: the tree toggle ignores clicks on labels (a click
   * elsewhere in the cell expands or collapses the branch), so a click on the name selects the
   * snapshot, as in vCenter's Snapshot Manager.
   */
  private NativeLabel selectingName(SnapshotNode node) {
    NativeLabel name = new NativeLabel(Objects.requireNonNull(node.snapshot()).name());
    name.addClassName("snapshot-name");
    name.getElement().addEventListener("click", click -> tree.select(node));
    return name;
  }

  private static Optional<SnapshotRow> row(SnapshotNode node) {
    return Optional.ofNullable(node.snapshot());
  }

  private Optional<SnapshotRow> selected() {
    return tree.getSelectedItems().stream().findFirst().flatMap(SnapshotsPanel::row);
  }

  private void refresh() {
    Optional<String> chosen = selected().map(SnapshotRow::name);
    List<SnapshotNode> roots = context.snapshots().tree(context.user(), context.vm());
    tree.setItems(roots, SnapshotNode::children);
    tree.expandRecursively(roots, Integer.MAX_VALUE);
    chosen.ifPresent(name -> find(roots, name).ifPresent(tree::select));
    boolean none = roots.stream().allMatch(SnapshotNode::youAreHereMarker);
    empty.setVisible(none);
    deleteAll.setEnabled(!none);
    updateButtons();
  }

  private static Optional<SnapshotNode> find(List<SnapshotNode> nodes, String name) {
    for (SnapshotNode node : nodes) {
      if (node.snapshot() != null && node.snapshot().name().equals(name)) {
        return Optional.of(node);
      }
      Optional<SnapshotNode> below = find(node.children(), name);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  private void updateButtons() {
    Optional<SnapshotRow> row = selected();
    revert.setEnabled(row.map(SnapshotRow::ready).orElse(false));
    extraButtons.forEach(b -> b.setEnabled(row.map(SnapshotRow::ready).orElse(false)));
    delete.setEnabled(row.isPresent());
    yaml.setEnabled(row.isPresent());
  }
}
