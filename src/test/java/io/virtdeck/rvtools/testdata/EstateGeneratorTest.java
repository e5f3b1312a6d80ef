package io.virtdeck.rvtools.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.rvtools.RvTools4Headings;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The generated estates are realistic, repeatable, and written with RVTools' own headings. */
class EstateGeneratorTest {

  @Test
  void anEstateHasWhatAMigrationMeets() {
    Estate estate = EstateGenerator.generate(400, 42);

    assertThat(estate.vms()).hasSize(400);
    assertThat(estate.vms()).anyMatch(vm -> vm.guestOs().contains("Windows"));
    assertThat(estate.vms()).anyMatch(vm -> vm.guestOs().contains("Linux"));
    assertThat(estate.vms()).anyMatch(vm -> vm.disks().stream().anyMatch(EstateVm.Disk::raw));
    assertThat(estate.vms())
        .anyMatch(
            vm -> vm.disks().stream().anyMatch(d -> d.sharing().equals("sharingMultiWriter")));
    assertThat(estate.vms()).anyMatch(vm -> !vm.snapshots().isEmpty());
    assertThat(estate.vms()).anyMatch(EstateVm::template);
    assertThat(estate.vms()).anyMatch(vm -> vm.firmware().equals("efi") && vm.secureBoot());
    assertThat(estate.vms()).anyMatch(vm -> vm.tools().equals("toolsNotRunning"));
    assertThat(estate.portGroups()).filteredOn(p -> p.vlan() > 0).hasSizeGreaterThan(3);
    assertThat(estate.datastores()).hasSizeGreaterThan(3);
    assertThat(estate.hosts()).hasSizeGreaterThan(1);
  }

  @Test
  void theSameSizeAndSeedGiveTheSameEstate() {
    assertThat(EstateGenerator.generate(50, 7)).isEqualTo(EstateGenerator.generate(50, 7));
    assertThat(EstateGenerator.generate(50, 7)).isNotEqualTo(EstateGenerator.generate(50, 8));
  }

  @Test
  void theWorkbookHasRvToolsSheetsAndHeadingsInRvToolsOrder() throws Exception {
    byte[] file =
        MalformedCorpus.workbook(
            EstateGenerator.generate(10, 1), EstateWorkbook.Options.AS_RVTOOLS);

    try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets)
          .containsExactly(
              "vInfo",
              "vCPU",
              "vMemory",
              "vDisk",
              "vNetwork",
              "vSnapshot",
              "vTools",
              "vHost",
              "vPort",
              "dvPort",
              "vDatastore");
      for (String sheet : sheets) {
        List<String> headings = new ArrayList<>();
        Row top = book.getSheet(sheet).getRow(0);
        top.forEach(c -> headings.add(c.getStringCellValue()));
        assertThat(headings).as(sheet).isEqualTo(RvTools4Headings.of(sheet));
      }
      assertThat(book.getSheet("vInfo").getLastRowNum()).isEqualTo(10);
    }
  }
}
