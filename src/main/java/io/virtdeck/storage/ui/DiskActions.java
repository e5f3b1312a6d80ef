package io.virtdeck.storage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.storage.DiskRow;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.storage.StorageOperations;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.Notices;
import io.virtdeck.yaml.YamlKind;
import io.virtdeck.yaml.ui.YamlDialog;
import io.virtdeck.yaml.ui.YamlPanels;
import java.util.Optional;

/**
 * The disk actions as one signed-in user may use them: shown only where Kubernetes allows them,
 * refused with the reason, confirmed in a dialog that shows the operation, and run as tasks.
 */
public final class DiskActions {

  /** Creates the actions of the signed-in user. */
  @org.springframework.stereotype.Component
  public static class Factory {
    private final StorageOperations operations;
    private final AccessReviews reviews;
    private final CurrentUser currentUser;
    private final YamlPanels yamlPanels;

    Factory(
        StorageOperations operations,
        AccessReviews reviews,
        CurrentUser currentUser,
        YamlPanels yamlPanels) {
      this.operations = operations;
      this.reviews = reviews;
      this.currentUser = currentUser;
      this.yamlPanels = yamlPanels;
    }

    /** The actions of the signed-in user, with their rights as one view follows them. */
    public DiskActions create() {
      UserIdentity user = currentUser.require();
      return new DiskActions(operations, new FollowedScopes(reviews, user), user, yamlPanels);
    }
  }

  final StorageOperations operations;
  final StorageInventory inventory;
  final FollowedScopes followed;
  private final UserIdentity user;
  private final YamlPanels yamlPanels;

  DiskActions(
      StorageOperations operations,
      FollowedScopes followed,
      UserIdentity user,
      YamlPanels yamlPanels) {
    this.operations = operations;
    this.inventory = operations.inventory();
    this.followed = followed;
    this.user = user;
    this.yamlPanels = yamlPanels;
  }

  /** The disk's claim as YAML (read, copy, edit for users who may patch it), in a dialog. */
  void showYaml(DiskRow disk) {
    YamlDialog.open(
        disk.key().toString(),
        "disk-yaml-dialog",
        yamlPanels.create(YamlKind.DISK, disk.key(), user));
  }

  UserIdentity user() {
    return user;
  }

  /** What the user may list now, as the view that made these actions follows it. */
  UserScopes scopes() {
    return followed.get();
  }

  boolean mayChange(ResourceKey vm) {
    return scopes().includes(CachedKind.VIRTUAL_MACHINES, vm.namespace())
        && operations.permissions().mayChangeDisks(user, vm);
  }

  boolean mayAttachSomewhere(DiskRow disk) {
    return scopes().includes(CachedKind.VIRTUAL_MACHINES, disk.key().namespace())
        && (disk.orphaned() || !disk.readWriteOnce());
  }

  boolean mayDelete(ResourceKey disk) {
    return operations.permissions().mayDelete(user, disk);
  }

  boolean mayExpand(ResourceKey claim) {
    return operations.permissions().mayExpand(user, claim);
  }

  boolean mayCreate(String namespace) {
    return operations.permissions().mayCreateDisk(user, namespace);
  }

  /** Why the disk cannot be dropped on / attached to the VM; empty when it can. */
  public Optional<Message> refusal(ResourceKey vm, ResourceKey disk) {
    if (!mayChange(vm)) {
      return Optional.of(Message.of("storage.drop.forbidden", vm.name()));
    }
    return operations.attachRefusal(user, vm, disk);
  }

  /** The confirmation of attaching the disk to the VM (a drop, or "Attach to VM…"). */
  public void attach(Component owner, ResourceKey vm, ResourceKey disk) {
    Optional<Message> refused = refusal(vm, disk);
    if (refused.isPresent()) {
      warn(owner, refused.get());
      return;
    }
    new AttachDiskDialog(this, vm, disk).open();
  }

  void attachToVm(Component owner, DiskRow disk) {
    new AttachToVmDialog(this, disk).open();
  }

  void addDisk(ResourceKey vm) {
    new AddDiskDialog(this, vm).open();
  }

  void attachExisting(ResourceKey vm) {
    new AttachDiskDialog(this, vm, null).open();
  }

  void detach(ResourceKey vm, String disk) {
    new DetachDiskDialog(this, vm, disk).open();
  }

  void expand(ResourceKey claim, String current) {
    new ExpandDiskDialog(this, claim, current).open();
  }

  void delete(ResourceKey disk) {
    new DeleteDiskDialog(this, disk).open();
  }

  void delete(DiskRow disk) {
    new DeleteDiskDialog(this, disk.key()).open();
  }

  static void warn(Component owner, Message message) {
    Notices.show(owner.getTranslation(message.key(), message.args().toArray()))
        .addThemeVariants(NotificationVariant.LUMO_WARNING);
  }

  void submit(Component owner, Operation operation) {
    operations.run(user, operation);
    queued(owner, operation);
  }

  static void queued(Component owner, Operation operation) {
    Notices.show(
            owner.getTranslation(
                "storage.queued", owner.getTranslation(operation.titleKey()), operation.target()))
        .addThemeVariants(NotificationVariant.LUMO_PRIMARY);
  }
}
