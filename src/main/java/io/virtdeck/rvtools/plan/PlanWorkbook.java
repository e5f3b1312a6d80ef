package io.virtdeck.rvtools.plan;

import io.virtdeck.task.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The plan as a workbook (streamed): Readiness (each VM with its status and reasons), Network map,
 * Storage map, and the totals per folder, datastore and network. Headings and sentences in the
 * user's language, through {@code translate} (an i18n key and its arguments).
 */
public final class PlanWorkbook {

  /** Translates an i18n key with its arguments. */
  public interface Translator {
    String translate(String key, Object... args);

    default String message(Message message) {
      return translate(message.key(), message.args().toArray());
    }
  }

  private PlanWorkbook() {}

  public static void write(MigrationPlan plan, Translator t, OutputStream out) throws IOException {
    try (var book = new SXSSFWorkbook(200)) {
      readiness(book, plan, t);
      networks(book, plan, t);
      storage(book, plan, t);
      totals(book, t.translate("rvtools.plan.sheet.folders"), plan.totals().folders(), t);
      totals(book, t.translate("rvtools.plan.sheet.datastores"), plan.totals().datastores(), t);
      totals(book, t.translate("rvtools.plan.sheet.networks"), plan.totals().networks(), t);
      book.write(out);
    }
  }

  private static void readiness(SXSSFWorkbook book, MigrationPlan plan, Translator t) {
    Sheet sheet = book.createSheet(t.translate("rvtools.plan.sheet.readiness"));
    headings(
        sheet, t, "vm", "folder", "power", "cpus", "memory-mib", "disk-mib", "status", "reasons");
    int r = 1;
    for (VmReadiness vm : plan.vms()) {
      String reasons =
          String.join(
              "\n", vm.reasons().stream().map(reason -> t.message(reason.message())).toList());
      row(
          sheet,
          r++,
          vm.vm().name(),
          vm.vm().folder(),
          vm.vm().powerState(),
          vm.vm().cpus(),
          vm.vm().memoryMib(),
          vm.diskMib(),
          t.translate(vm.status().labelKey()),
          reasons);
    }
  }

  private static void networks(SXSSFWorkbook book, MigrationPlan plan, Translator t) {
    Sheet sheet = book.createSheet(t.translate("rvtools.plan.sheet.networks-map"));
    headings(sheet, t, "port-group", "vlan", "vms", "adapters", "target");
    int r = 1;
    for (NetworkMapping n : plan.networks()) {
      row(
          sheet,
          r++,
          n.portGroup(),
          n.vlan() >= 0 ? n.vlan() : "",
          n.vms(),
          n.adapters(),
          NetworkTargets.describe(n.target(), t));
    }
  }

  private static void storage(SXSSFWorkbook book, MigrationPlan plan, Translator t) {
    Sheet sheet = book.createSheet(t.translate("rvtools.plan.sheet.storage-map"));
    headings(
        sheet,
        t,
        "datastore",
        "vms",
        "needed-mib",
        "storage-class",
        "class-needed-mib",
        "class-free-mib",
        "fits");
    int r = 1;
    for (StorageMapping s : plan.storage()) {
      row(
          sheet,
          r++,
          s.datastore(),
          s.vms(),
          s.neededMib(),
          s.storageClass(),
          s.classNeededMib(),
          s.classFreeMib() < 0 ? "" : s.classFreeMib(),
          t.translate(
              s.classFreeMib() < 0
                  ? "rvtools.plan.fits.unknown"
                  : s.fits() ? "rvtools.plan.fits.yes" : "rvtools.plan.fits.no"));
    }
  }

  private static void totals(SXSSFWorkbook book, String name, List<Total> totals, Translator t) {
    Sheet sheet = book.createSheet(name);
    headings(
        sheet,
        t,
        "name",
        "vms",
        "cpus",
        "memory-mib",
        "disk-mib",
        "ready",
        "needs-work",
        "blocked");
    int r = 1;
    for (Total total : totals) {
      row(
          sheet,
          r++,
          total.name(),
          total.vms(),
          total.cpus(),
          total.memoryMib(),
          total.diskMib(),
          total.ready(),
          total.needsWork(),
          total.blocked());
    }
  }

  private static void headings(Sheet sheet, Translator t, String... keys) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < keys.length; i++) {
      row.createCell(i).setCellValue(t.translate("rvtools.plan.col." + keys[i]));
    }
  }

  private static void row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else {
        row.createCell(i).setCellValue(String.valueOf(value));
      }
    }
  }
}
