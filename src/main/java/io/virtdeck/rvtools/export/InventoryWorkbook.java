package io.virtdeck.rvtools.export;

import io.virtdeck.rvtools.export.Lines.DatastoreLine;
import io.virtdeck.rvtools.export.Lines.DiskLine;
import io.virtdeck.rvtools.export.Lines.HostLine;
import io.virtdeck.rvtools.export.Lines.NicLine;
import io.virtdeck.rvtools.export.Lines.SnapshotLine;
import io.virtdeck.snapshot.SnapshotRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The RVTools-style workbook, streamed: every sheet is written row by row while the VMs are walked
 * once, at most {@link #WINDOW} rows per sheet in memory (the rest in temporary files, deleted at
 * {@link #close}), then zipped into the output.
 */
public final class InventoryWorkbook implements AutoCloseable {

  /** Rows per sheet kept in memory before they are flushed to a temporary file. */
  static final int WINDOW = 200;

  private final SXSSFWorkbook workbook = new FastZipWorkbook(WINDOW);
  private final CellStyle plain;
  private final SheetWriter<VmFacts> info;
  private final SheetWriter<VmFacts> cpu;
  private final SheetWriter<VmFacts> memory;
  private final SheetWriter<DiskLine> disks;
  private final SheetWriter<NicLine> nics;
  private final SheetWriter<SnapshotLine> snapshots;
  private final SheetWriter<HostLine> hosts;
  private final SheetWriter<DatastoreLine> datastores;

  public InventoryWorkbook() {
    CellStyle headings = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    headings.setFont(bold);
    CellStyle dates = workbook.createCellStyle();
    dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd hh:mm:ss"));
    plain = workbook.getCellStyleAt(0);
    info = sheet(VmSheets.V_INFO, headings, dates);
    cpu = sheet(VmSheets.V_CPU, headings, dates);
    memory = sheet(VmSheets.V_MEMORY, headings, dates);
    disks = sheet(DeviceSheets.V_DISK, headings, dates);
    nics = sheet(DeviceSheets.V_NETWORK, headings, dates);
    snapshots = sheet(DeviceSheets.V_SNAPSHOT, headings, dates);
    hosts = sheet(InfraSheets.V_HOST, headings, dates);
    datastores = sheet(InfraSheets.V_DATASTORE, headings, dates);
  }

  private <T> SheetWriter<T> sheet(SheetSpec<T> spec, CellStyle headings, CellStyle dates) {
    return new SheetWriter<>(spec, workbook.createSheet(spec.name()), plain, headings, dates);
  }

  /** Adds a VM to vInfo, vCPU and vMemory, its disks, adapters and snapshots to theirs. */
  public void addVm(VmFacts vm, List<SnapshotRow> vmSnapshots) {
    info.add(vm);
    cpu.add(vm);
    memory.add(vm);
    vm.disks().forEach(d -> disks.add(new DiskLine(vm, d)));
    for (int i = 0; i < vm.nics().size(); i++) {
      nics.add(new NicLine(vm, i, vm.nics().get(i)));
    }
    vmSnapshots.forEach(s -> snapshots.add(new SnapshotLine(vm, s)));
  }

  public void addHost(HostLine host) {
    hosts.add(host);
  }

  public void addDatastore(DatastoreLine datastore) {
    datastores.add(datastore);
  }

  /** How many VMs were added. */
  public int vms() {
    return info.lines();
  }

  /** Zips the sheets into {@code out} (which stays open). */
  public void write(OutputStream out) throws IOException {
    workbook.write(out);
  }

  @Override
  public void close() throws IOException {
    workbook.close(); // deletes the temporary files
  }
}
