package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import io.virtdeck.provision.CreationResult;
import io.virtdeck.provision.NewVm;
import io.virtdeck.provision.VmCreationPlan;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The wizard's last step: the new VM in sentences, and the YAML and kubectl commands it sends. */
final class NewVmSummary {

  private NewVmSummary() {}

  static List<Message> lines(NewVm vm, VmCreationPlan plan) {
    List<Message> lines = new ArrayList<>();
    lines.add(Message.of("prov.new.summary.name", vm.name(), vm.namespace()));
    if (vm.template()) {
      lines.add(Message.of("prov.new.summary.template", vm.name()));
    }
    lines.add(
        vm.instanceType().isBlank()
            ? Message.of("prov.new.summary.custom", vm.cpus().strip(), vm.memory().strip())
            : Message.of("prov.new.summary.typed", vm.instanceType()));
    if (!vm.preference().isBlank()) {
      lines.add(Message.of("prov.new.summary.preference", vm.preference()));
    }
    NewVm.BootDisk boot = vm.boot();
    String bootText =
        switch (boot.source()) {
          case DATA_SOURCE, CLONE_DISK ->
              boot.ref() + " → " + vm.rootDisk() + ", " + boot.size() + ", " + boot.storageClass();
          case CONTAINER_DISK -> boot.image();
          case BLANK -> vm.rootDisk() + ", " + boot.size() + ", " + boot.storageClass();
        };
    lines.add(Message.of("prov.new.summary.boot", bootText));
    if (!vm.disks().isEmpty()) {
      lines.add(
          Message.of(
              "prov.new.summary.disks",
              vm.disks().stream()
                  .map(d -> d.name() + " " + d.size() + " " + d.storageClass())
                  .collect(Collectors.joining("; "))));
    }
    lines.add(
        Message.of(
            "prov.new.summary.networks",
            vm.networks().stream()
                .map(n -> n.isEmpty() ? "VM Network" : n)
                .collect(Collectors.joining(", "))));
    if (vm.guest().any()) {
      lines.add(Message.of("prov.new.summary.guest", vm.cloudInitSecret()));
    }
    lines.add(Message.of("prov.new.summary.objects", String.join(", ", plan.objects())));
    return lines;
  }

  /** The YAML and commands, open, each in a code block. */
  static Component kubernetes(Component owner, VmCreationPlan plan) {
    Details details = new Details(owner.getTranslation("teach.show"));
    details.setId("new-vm-kubernetes");
    details.setOpened(true);
    details.add(
        block(owner.getTranslation("prov.new.yaml"), plan.yaml(), "new-vm-yaml"),
        block(
            owner.getTranslation("teach.commands"),
            String.join("\n", plan.commands()),
            "new-vm-commands"));
    return details;
  }

  static String created(CreationResult result) {
    return result.created().stream()
        .map(c -> c.kind() + " " + c.key())
        .collect(Collectors.joining(", "));
  }

  private static Div block(String title, String text, String id) {
    Pre pre = new Pre(text);
    pre.setId(id);
    pre.addClassName("teach-code");
    Div block = new Div(new H4(title), pre);
    block.addClassName("teach-block");
    return block;
  }
}
