package io.virtdeck.provision;

import io.virtdeck.cluster.KubeValues;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Edit Settings' checks, pure: what is wrong with the typed settings of a VM, each a sentence with
 * the key of the field it is about ({@code prov.settings.invalid.<field>...}), and the settings
 * they stand for once nothing is wrong. CPU and memory of a VM sized by an instance type are kept.
 */
public final class SettingsChecks {

  /** KubeVirt's run strategies. */
  public static final List<String> RUN_STRATEGIES =
      List.of("Always", "RerunOnFailure", "Manual", "Halted", "Once");

  /** The most vCPUs Edit Settings accepts (sockets × cores × threads). */
  public static final int MAX_VCPUS = 512;

  /** The least memory Edit Settings accepts: 128Mi. */
  public static final long MIN_MEMORY = 128L << 20;

  private SettingsChecks() {}

  /** The problems of {@code form} for a VM whose settings are {@code current}. */
  public static List<Message> problems(CurrentSettings current, SettingsForm form) {
    List<Message> problems = new ArrayList<>();
    settings(current, form, problems);
    return problems;
  }

  /** The settings the form stands for; empty when it has problems. */
  public static Optional<VmSettings> settings(CurrentSettings current, SettingsForm form) {
    List<Message> problems = new ArrayList<>();
    VmSettings settings = settings(current, form, problems);
    return problems.isEmpty() ? Optional.of(settings) : Optional.empty();
  }

  private static VmSettings settings(
      CurrentSettings current, SettingsForm form, List<Message> problems) {
    VmSettings now = current.settings();
    VmShape shape = current.shape();
    Integer sockets = now.sockets();
    Integer cores = now.cores();
    Integer threads = now.threads();
    String memory = now.memory();
    if (!shape.typed()) {
      sockets = count("sockets", form.sockets(), now.sockets(), problems);
      cores = count("cores", form.cores(), now.cores(), problems);
      threads = count("threads", form.threads(), now.threads(), problems);
      long vcpus = (long) orOne(sockets) * orOne(cores) * orOne(threads);
      if (problems.isEmpty() && vcpus > MAX_VCPUS) {
        problems.add(
            Message.of(
                "prov.settings.invalid.sockets.too-many",
                String.valueOf(vcpus),
                String.valueOf(MAX_VCPUS)));
      }
      Integer max = shape.maxSockets();
      if (sockets != null && max != null && sockets > max) {
        problems.add(
            Message.of(
                "prov.settings.invalid.sockets.max", String.valueOf(sockets), String.valueOf(max)));
      }
      memory = memory(form.memory(), now.memory(), shape.maxGuest(), problems);
    }
    String strategy = form.runStrategy().strip();
    if (strategy.isEmpty() && now.runStrategy() == null) {
      strategy = null;
    } else if (!RUN_STRATEGIES.contains(strategy)) {
      problems.add(Message.of("prov.settings.invalid.run-strategy", strategy));
    }
    Map<String, String> labels =
        KeyValueLines.parse(form.labels(), true, "prov.settings.invalid.labels", problems);
    Map<String, String> annotations =
        KeyValueLines.parse(
            form.annotations(), false, "prov.settings.invalid.annotations", problems);
    annotations.keySet().stream()
        .filter(k -> k.equals(CurrentSettings.NOTES))
        .findFirst()
        .ifPresent(k -> problems.add(Message.of("prov.settings.invalid.annotations.notes", k)));
    return new VmSettings(
        sockets, cores, threads, memory, strategy, form.description().strip(), labels, annotations);
  }

  private static @Nullable Integer count(
      String field, String text, @Nullable Integer now, List<Message> problems) {
    String typed = text.strip();
    if (typed.isEmpty() && now == null) {
      return null;
    }
    String key = "prov.settings.invalid." + field;
    try {
      int value = Integer.parseInt(typed);
      if (value < 1) {
        problems.add(Message.of(key + ".positive", typed));
      }
      return value;
    } catch (NumberFormatException notANumber) {
      problems.add(Message.of(key + ".number", typed));
      return now;
    }
  }

  private static @Nullable String memory(
      String text, @Nullable String now, @Nullable String maxGuest, List<Message> problems) {
    String typed = text.strip();
    if (typed.isEmpty() && now == null) {
      return null;
    }
    if (typed.chars().allMatch(Character::isDigit) && !typed.isEmpty()) {
      problems.add(Message.of("prov.settings.invalid.memory.unit", typed));
      return now;
    }
    Optional<Long> bytes = KubeValues.sizeBytes(typed);
    if (bytes.isEmpty()) {
      problems.add(Message.of("prov.settings.invalid.memory.quantity", typed));
      return now;
    }
    if (bytes.get() < MIN_MEMORY) {
      problems.add(Message.of("prov.settings.invalid.memory.small", typed));
    }
    if (maxGuest != null) {
      long max = KubeValues.bytesOrUnknown(maxGuest);
      if (max > 0 && bytes.get() > max) {
        problems.add(Message.of("prov.settings.invalid.memory.max", typed, maxGuest));
      }
    }
    return typed;
  }

  private static int orOne(@Nullable Integer value) {
    return value == null ? 1 : value;
  }
}
