package io.virtdeck.provision;

import io.virtdeck.cluster.KubeValues;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The New VM wizard's checks, one method per step, pure: each problem a sentence keyed to its field
 * ({@code prov.new.invalid.<field>...}), so that nothing is sent while one remains.
 */
public final class NewVmChecks {

  /** The steps of the wizard, as vSphere's. */
  public enum Step {
    NAME,
    COMPUTE,
    STORAGE,
    NETWORK,
    CUSTOMIZE,
    READY
  }

  static final int MAX_NAME = 63;
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
  private static final Pattern IMAGE =
      Pattern.compile("[a-z0-9]+([._/:@-][a-zA-Z0-9_.-]+)*(:[\\w][\\w.-]{0,127})?");

  /** The least length of a password, and for Windows guests three kinds of characters too. */
  public static final int MIN_PASSWORD = 8;

  private NewVmChecks() {}

  /** The problems of one step. */
  public static List<Message> step(Step step, NewVm vm, NewVmContext context) {
    List<Message> problems = new ArrayList<>();
    switch (step) {
      case NAME -> name(vm, context, problems);
      case COMPUTE -> compute(vm, context, problems);
      case STORAGE -> storage(vm, context, problems);
      case NETWORK -> network(vm, context, problems);
      case CUSTOMIZE -> customize(vm, context, problems);
      case READY -> {}
    }
    return problems;
  }

  /** The problems of every step, in order. */
  public static List<Message> all(NewVm vm, NewVmContext context) {
    List<Message> problems = new ArrayList<>();
    for (Step step : Step.values()) {
      problems.addAll(step(step, vm, context));
    }
    return problems;
  }

  private static void name(NewVm vm, NewVmContext context, List<Message> problems) {
    String name = vm.name();
    if (name.isBlank()) {
      problems.add(Message.of("prov.new.invalid.name.empty"));
    } else if (name.length() > MAX_NAME) {
      problems.add(Message.of("prov.new.invalid.name.long", name, String.valueOf(MAX_NAME)));
    } else if (!DNS_LABEL.matcher(name).matches()) {
      problems.add(Message.of("prov.new.invalid.name.dns", name));
    } else if (context.takenVms().contains(name)) {
      problems.add(Message.of("prov.new.invalid.name.taken", name, vm.namespace()));
    } else if (context.takenDisks().contains(vm.rootDisk())
        && vm.boot().source() != NewVm.Source.CONTAINER_DISK) {
      problems.add(Message.of("prov.new.invalid.name.disk-taken", vm.rootDisk(), vm.namespace()));
    }
    if (vm.namespace().isBlank() || !context.folders().contains(vm.namespace())) {
      problems.add(Message.of("prov.new.invalid.folder", vm.namespace()));
    }
  }

  private static void compute(NewVm vm, NewVmContext context, List<Message> problems) {
    int cpus;
    long memory;
    if (!vm.instanceType().isBlank()) {
      Optional<InstanceTypeRow> type = context.catalog().instanceType(vm.instanceType());
      if (type.isEmpty()) {
        problems.add(Message.of("prov.new.invalid.instance-type", vm.instanceType()));
        return;
      }
      cpus = type.get().cpus();
      memory = KubeValues.bytesOrUnknown(type.get().memory());
    } else {
      cpus = cpus(vm.cpus(), problems);
      memory = memory(vm.memory(), problems);
    }
    if (vm.preference().isBlank()) {
      return;
    }
    Optional<PreferenceRow> preference = context.catalog().preference(vm.preference());
    if (preference.isEmpty()) {
      problems.add(Message.of("prov.new.invalid.preference", vm.preference()));
      return;
    }
    PreferenceRow p = preference.get();
    if (cpus > 0 && cpus < p.minCpus()) {
      problems.add(
          Message.of(
              "prov.new.invalid.cpus.preference",
              String.valueOf(cpus),
              p.displayName(),
              String.valueOf(p.minCpus())));
    }
    long least = KubeValues.bytesOrUnknown(p.minMemory());
    if (memory > 0 && least > 0 && memory < least) {
      problems.add(
          Message.of("prov.new.invalid.memory.preference", p.displayName(), p.minMemory()));
    }
  }

  private static int cpus(String text, List<Message> problems) {
    String typed = text.strip();
    try {
      int value = Integer.parseInt(typed);
      if (value < 1) {
        problems.add(Message.of("prov.new.invalid.cpus.positive", typed));
      } else if (value > SettingsChecks.MAX_VCPUS) {
        problems.add(
            Message.of(
                "prov.new.invalid.cpus.too-many", typed, String.valueOf(SettingsChecks.MAX_VCPUS)));
      }
      return value;
    } catch (NumberFormatException notANumber) {
      problems.add(Message.of("prov.new.invalid.cpus.number", typed));
      return -1;
    }
  }

  private static long memory(String text, List<Message> problems) {
    String typed = text.strip();
    if (!typed.isEmpty() && typed.chars().allMatch(Character::isDigit)) {
      problems.add(Message.of("prov.new.invalid.memory.unit", typed));
      return -1;
    }
    Optional<Long> bytes = KubeValues.sizeBytes(typed);
    if (bytes.isEmpty()) {
      problems.add(Message.of("prov.new.invalid.memory.quantity", typed));
      return -1;
    }
    if (bytes.get() < SettingsChecks.MIN_MEMORY) {
      problems.add(Message.of("prov.new.invalid.memory.small", typed));
    }
    return bytes.get();
  }

  private static void storage(NewVm vm, NewVmContext context, List<Message> problems) {
    NewVm.BootDisk boot = vm.boot();
    String least = "";
    switch (boot.source()) {
      case DATA_SOURCE -> {
        Optional<BootSourceRow> source = context.catalog().bootSource(boot.ref());
        if (source.isEmpty()) {
          problems.add(Message.of("prov.new.invalid.boot.source", boot.ref().toString()));
          return;
        }
        if (!source.get().ready()) {
          problems.add(Message.of("prov.new.invalid.boot.not-ready", boot.ref().toString()));
        }
        least = source.get().size();
      }
      case CLONE_DISK -> {
        String size = context.claimSizes().get(boot.ref().name());
        if (size == null || !boot.ref().namespace().equals(vm.namespace())) {
          problems.add(Message.of("prov.new.invalid.boot.disk", boot.ref().toString()));
          return;
        }
        least = size;
      }
      case CONTAINER_DISK -> {
        if (!IMAGE.matcher(boot.image().strip()).matches()) {
          problems.add(Message.of("prov.new.invalid.boot.image", boot.image().strip()));
        }
      }
      case BLANK -> {}
    }
    if (boot.source() != NewVm.Source.CONTAINER_DISK) {
      size("prov.new.invalid.boot.size", boot.size(), least, problems);
      datastore("prov.new.invalid.boot.datastore", boot.storageClass(), context, problems);
    }
    Set<String> names = new HashSet<>();
    names.add(vm.rootDisk());
    for (NewVm.ExtraDisk disk : vm.disks()) {
      String name = disk.name().strip();
      if (!DNS_LABEL.matcher(name).matches() || name.length() > MAX_NAME) {
        problems.add(Message.of("prov.new.invalid.disk.name", name));
      } else if (!names.add(name) || context.takenDisks().contains(name)) {
        problems.add(Message.of("prov.new.invalid.disk.taken", name));
      }
      size("prov.new.invalid.disk.size", disk.size(), "", problems);
      datastore("prov.new.invalid.disk.datastore", disk.storageClass(), context, problems);
    }
  }

  private static void size(String key, String text, String least, List<Message> problems) {
    String typed = text.strip();
    Optional<Long> bytes = KubeValues.sizeBytes(typed);
    if (bytes.isEmpty() || typed.chars().allMatch(Character::isDigit)) {
      problems.add(Message.of(key + ".quantity", typed));
      return;
    }
    long minimum = least.isEmpty() ? 1L << 20 : KubeValues.bytesOrUnknown(least);
    if (bytes.get() < minimum) {
      problems.add(
          least.isEmpty()
              ? Message.of(key + ".small", typed)
              : Message.of(key + ".image", typed, least));
    }
  }

  private static void datastore(
      String key, String name, NewVmContext context, List<Message> problems) {
    if (!context.datastores().contains(name)) {
      problems.add(Message.of(key, name));
    }
  }

  private static void network(NewVm vm, NewVmContext context, List<Message> problems) {
    Set<String> seen = new HashSet<>();
    for (String network : vm.networks()) {
      if (network.equals(NewVm.POD_NETWORK)) {
        if (!seen.add(network)) {
          problems.add(Message.of("prov.new.invalid.network.pod-twice"));
        }
      } else if (!context.portGroups().contains(network)) {
        problems.add(Message.of("prov.new.invalid.network.unknown", network));
      }
    }
  }

  private static void customize(NewVm vm, NewVmContext context, List<Message> problems) {
    NewVm.Guest guest = vm.guest();
    String hostname = guest.hostname().strip();
    if (!hostname.isEmpty()
        && (hostname.length() > MAX_NAME || !DNS_LABEL.matcher(hostname).matches())) {
      problems.add(Message.of("prov.new.invalid.hostname", hostname));
    }
    String user = guest.user().strip();
    if (!user.isEmpty() && !USER.matcher(user).matches()) {
      problems.add(Message.of("prov.new.invalid.user", user));
    }
    String password = guest.password();
    boolean windows =
        context.catalog().preference(vm.preference()).map(PreferenceRow::windows).orElse(false);
    if (!password.isEmpty() && password.length() < MIN_PASSWORD) {
      problems.add(Message.of("prov.new.invalid.password.short", String.valueOf(MIN_PASSWORD)));
    } else if (!password.isEmpty() && windows && kinds(password) < 3) {
      problems.add(Message.of("prov.new.invalid.password.windows"));
    }
    List<String> keys = SshKeys.lines(guest.sshKeys());
    for (int i = 0; i < keys.size(); i++) {
      if (!SshKeys.valid(keys.get(i))) {
        String shown = keys.get(i).length() > 40 ? keys.get(i).substring(0, 40) + "…" : keys.get(i);
        problems.add(Message.of("prov.new.invalid.ssh-key", String.valueOf(i + 1), shown));
      }
    }
  }

  /** How many of lower case, upper case, digits and other characters the password has. */
  private static int kinds(String password) {
    int lower = password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    int upper = password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    int digit = password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    int other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    return lower + upper + digit + other;
  }
}
