package io.virtdeck.rvtools.plan;

/** A network target as one sentence, for the plan workbook. */
final class NetworkTargets {

  private NetworkTargets() {}

  static String describe(NetworkTarget target, PlanWorkbook.Translator t) {
    return switch (target) {
      case NetworkTarget.Pod pod -> t.translate("rvtools.network.pod");
      case NetworkTarget.Existing e ->
          t.translate("rvtools.network.existing", e.namespace() + "/" + e.name());
      case NetworkTarget.Draft d ->
          t.translate(
              "rvtools.network.draft", d.namespace() + "/" + d.name(), String.valueOf(d.vlan()));
      case NetworkTarget.Unmapped u -> t.translate(u.reasonKey());
    };
  }
}
