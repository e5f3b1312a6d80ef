package io.virtdeck.alarm;

import java.time.Instant;

/**
 * What a user did to one occurrence of an alarm: acknowledged it (it stays, marked), or reset it
 * (it is hidden until it fires again). Kept for the occurrence that started at {@code since}: an
 * alarm that fires anew is new again.
 */
public record AlarmState(String alarmId, Kind kind, String by, Instant at, Instant since) {

  public enum Kind {
    ACKNOWLEDGED,
    RESET
  }
}
