package io.virtdeck.rvtools.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.rvtools.testdata.Estate;
import io.virtdeck.rvtools.testdata.EstateGenerator;
import io.virtdeck.rvtools.testdata.EstateVm;
import io.virtdeck.rvtools.testdata.EstateWorkbook;
import io.virtdeck.rvtools.testdata.MalformedCorpus;
import io.virtdeck.task.Message;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading RVTools exports: the samples as written, and every malformed file with its sentence. */
class RvToolsReaderTest {

  @TempDir Path dir;

  private static Path sample(String name) throws Exception {
    return Path.of(RvToolsReaderTest.class.getResource("/rvtools/" + name).toURI());
  }

  private static SourceEstate read(Path file) {
    ReadResult result = RvToolsReader.read(file);
    assertThat(result).isInstanceOf(ReadResult.Read.class);
    return ((ReadResult.Read) result).estate();
  }

  private static Message refusal(Path file) {
    ReadResult result = RvToolsReader.read(file);
    assertThat(result).isInstanceOf(ReadResult.Refused.class);
    return ((ReadResult.Refused) result).why();
  }

  @Test
  void readsTheSampleAsTheGeneratorMadeIt() throws Exception {
    Estate expected = EstateGenerator.generate(12, 42);

    SourceEstate estate = read(sample("estate-12.xlsx"));

    assertThat(estate.vms())
        .extracting(SourceVm::name)
        .containsExactlyElementsOf(expected.vms().stream().map(EstateVm::name).toList());
    EstateVm first = expected.vms().getFirst();
    SourceVm vm = estate.vms().getFirst();
    assertThat(vm.cpus()).isEqualTo(first.cpus());
    assertThat(vm.memoryMib()).isEqualTo(first.memoryMib());
    assertThat(vm.guestOs()).isEqualTo(first.guestOs());
    assertThat(vm.firmware()).isEqualTo(first.firmware());
    assertThat(vm.tools()).isEqualTo(first.tools());
    assertThat(estate.disks())
        .hasSize(expected.vms().stream().mapToInt(v -> v.disks().size()).sum());
    assertThat(estate.disks().getFirst().datastore())
        .isEqualTo(first.disks().getFirst().datastore());
    assertThat(estate.nics())
        .extracting(SourceNic::network)
        .contains(first.nics().getFirst().portGroup());
    assertThat(estate.vlans()).containsEntry("PG-VLAN100-Prod", 100).containsEntry("VM Network", 0);
    assertThat(estate.hosts()).hasSize(expected.hosts().size());
    assertThat(estate.datastores()).hasSize(5);
    assertThat(estate.missing()).isEmpty();
  }

  @Test
  void columnsInAnotherOrderAndLocalizedNumbersReadTheSame() throws Exception {
    Path dir = this.dir.resolve("corpus");
    MalformedCorpus.writeTo(dir);
    Estate expected = EstateGenerator.generate(12, 7);
    Path plain = this.dir.resolve("plain.xlsx");
    try (OutputStream out = Files.newOutputStream(plain)) {
      EstateWorkbook.write(expected, EstateWorkbook.Options.AS_RVTOOLS, out);
    }

    SourceEstate reference = read(plain);

    assertThat(read(dir.resolve(MalformedCorpus.REORDERED))).isEqualTo(reference);
    assertThat(read(dir.resolve(MalformedCorpus.LOCALIZED))).isEqualTo(reference);
    assertThat(reference.vms()).extracting(SourceVm::memoryMib).contains(16384L);
  }

  @Test
  void everyMalformedFileGetsASentenceNamingWhatIsWrong() throws Exception {
    Path dir = this.dir.resolve("corpus");
    MalformedCorpus.writeTo(dir);

    assertThat(refusal(dir.resolve(MalformedCorpus.EMPTY)).key()).isEqualTo("rvtools.read.empty");
    assertThat(refusal(dir.resolve(MalformedCorpus.CSV_RENAMED)).key())
        .isEqualTo("rvtools.read.text");
    assertThat(refusal(dir.resolve(MalformedCorpus.ZIP_BOMB)).key())
        .isEqualTo("rvtools.read.zip-bomb");
    Message noInfo = refusal(dir.resolve(MalformedCorpus.NO_VINFO));
    assertThat(noInfo.key()).isEqualTo("rvtools.read.no-vinfo");
    assertThat(noInfo.args()).singleElement().asString().contains("vCPU", "vDisk");
  }

  @Test
  void aWorkbookWithoutTheVmColumnsIsNotAnRvToolsExport() throws Exception {
    Path file = dir.resolve("other.xlsx");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var row = book.createSheet("vInfo").createRow(0);
      row.createCell(0).setCellValue("Name");
      row.createCell(1).setCellValue("State");
      book.write(out);
    }

    Message why = refusal(file);

    assertThat(why.key()).isEqualTo("rvtools.read.columns");
    assertThat(why.args()).containsExactly("VM, Powerstate");
  }

  @Test
  void withoutVDiskAndVNetworkTheVInfoColumnsStandIn() throws Exception {
    Path file = dir.resolve("info-only.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      EstateWorkbook.write(
          EstateGenerator.generate(5, 3),
          new EstateWorkbook.Options(
              false, false, Set.of("vDisk", "vNetwork", "vTools", "vPort", "dvPort")),
          out);
    }

    SourceEstate estate = read(file);

    assertThat(estate.missing()).contains("vDisk", "vNetwork", "vTools", "vPort/dvPort");
    assertThat(estate.disks())
        .hasSize(5)
        .allSatisfy(d -> assertThat(d.datastore()).startsWith("DS-"));
    assertThat(estate.nics()).isNotEmpty();
    assertThat(estate.vms()).allSatisfy(vm -> assertThat(vm.tools()).isEmpty());
  }
}
