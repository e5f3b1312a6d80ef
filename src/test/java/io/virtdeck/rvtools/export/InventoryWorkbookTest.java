package io.virtdeck.rvtools.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streamed workbook as Excel reads it back: RVTools' sheets, headings, typed cells. */
class InventoryWorkbookTest {

  @Test
  void writesEverySheetWithHeadingsAndTypedCells() throws Exception {
    VmFacts web =
        VmFactsOf.of(
            Fixtures.load("vm-web.yaml", VirtualMachine.class),
            Fixtures.load("vmi-web.yaml", VirtualMachineInstance.class),
            ExportColumnsTest.NOTHING,
            "dc-1");
    var bytes = new ByteArrayOutputStream();
    try (InventoryWorkbook book = new InventoryWorkbook()) {
      book.addVm(web, List.of());
      assertThat(book.vms()).isEqualTo(1);
      book.write(bytes);
    }

    try (var read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      List<String> names = new ArrayList<>();
      read.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names)
          .containsExactly(
              "vInfo", "vCPU", "vMemory", "vDisk", "vNetwork", "vSnapshot", "vHost", "vDatastore");
      Sheet info = read.getSheet("vInfo");
      Row headings = info.getRow(0);
      assertThat(headings.getCell(0).getStringCellValue()).isEqualTo("VM");
      assertThat(headings.getCell(1).getStringCellValue()).isEqualTo("Powerstate");
      Row vm = info.getRow(1);
      assertThat(vm.getCell(0).getStringCellValue()).isEqualTo("web-01");
      assertThat(vm.getCell(1).getStringCellValue()).isEqualTo("poweredOn");
      assertThat(vm.getCell(2).getStringCellValue()).isEqualTo("False");
      int created = VmSheets.V_INFO.headings().indexOf("Creation date");
      assertThat(vm.getCell(created).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.parse("2026-11-20T10:00:00"));
      int cpus = VmSheets.V_INFO.headings().indexOf("CPUs");
      assertThat(vm.getCell(cpus).getNumericCellValue()).isEqualTo(4.0);
      // the containerDisk (a CD-ROM) and cloud-init are left out of vDisk
      assertThat(read.getSheet("vDisk").getLastRowNum()).isEqualTo(2);
      assertThat(read.getSheet("vNetwork").getLastRowNum()).isEqualTo(2);
      assertThat(read.getSheet("vSnapshot").getLastRowNum()).isZero();
    }
  }
}
