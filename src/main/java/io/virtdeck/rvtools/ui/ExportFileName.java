package io.virtdeck.rvtools.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The name of an export, as RVTools names its own (RVTools_export_all_2024-05-01_10.15.00.xlsx):
 * the datacenter and the time (UTC) in it, characters a file system may refuse replaced.
 */
final class ExportFileName {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd_HH.mm.ss").withZone(ZoneOffset.UTC);

  private ExportFileName() {}

  static String of(String datacenter, Instant time, boolean csv) {
    String safe = datacenter.replaceAll("[^A-Za-z0-9._-]", "_");
    return "RVTools_export_" + safe + "_" + TIME.format(time) + (csv ? ".csv" : ".xlsx");
  }
}
