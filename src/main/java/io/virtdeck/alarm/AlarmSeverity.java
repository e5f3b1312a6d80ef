package io.virtdeck.alarm;

/** vSphere's alarm colours: a yellow triangle (warning) or a red one (critical). */
public enum AlarmSeverity {
  WARNING,
  CRITICAL;

  /** Prometheus's {@code severity} label: critical is red, anything else yellow. */
  static AlarmSeverity ofLabel(String severity) {
    return "critical".equalsIgnoreCase(severity) ? CRITICAL : WARNING;
  }
}
