package io.virtdeck.rvtools.read;

import io.virtdeck.rvtools.sheets.Headings;
import io.virtdeck.rvtools.sheets.Sheets;
import io.virtdeck.task.Message;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded RVTools export (.xlsx) without building the workbook: the zip is opened from
 * the file, each sheet VirtDeck needs is parsed as a stream of rows, and only the estate's records
 * are kept. POI's zip-bomb guard is on (an entry that inflates more than 100:1, or beyond {@link
 * #MAX_ENTRY_BYTES}, stops the read); more than {@link #MAX_VMS} VMs are refused. Every way a file
 * can be wrong ends in a sentence ({@link ReadResult.Refused}), never an exception.
 */
public final class RvToolsReader {

  /** The largest sheet (uncompressed XML) read: an RVTools vInfo of 50,000 VMs is about 250 MB. */
  static final long MAX_ENTRY_BYTES = 512L << 20;

  /** The most VMs a plan holds. */
  public static final int MAX_VMS = 50_000;

  /** The vInfo columns without which a file is not an RVTools export. */
  static final List<String> REQUIRED = List.of(Headings.VM, Headings.POWERSTATE);

  private RvToolsReader() {}

  public static ReadResult read(Path file) {
    try {
      if (Files.size(file) == 0) {
        return refused("rvtools.read.empty");
      }
      FileMagic magic;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        magic = FileMagic.valueOf(in);
      }
      if (magic == FileMagic.OLE2) {
        return refused("rvtools.read.xls");
      }
      if (magic != FileMagic.OOXML) {
        return refused(looksLikeText(file) ? "rvtools.read.text" : "rvtools.read.not-xlsx");
      }
      guardZip();
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        return read(pkg);
      }
    } catch (IOException e) {
      return refused(
          zipBomb(e) ? "rvtools.read.zip-bomb" : "rvtools.read.unreadable",
          String.valueOf(e.getMessage()));
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      return refused("rvtools.read.not-xlsx");
    } catch (OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      return zipBomb(e)
          ? refused("rvtools.read.zip-bomb")
          : refused("rvtools.read.unreadable", String.valueOf(e.getMessage()));
    }
  }

  private static ReadResult read(OPCPackage pkg)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader reader = new XSSFReader(pkg);
    var strings = new ReadOnlySharedStringsTable(pkg, false);
    var styles = reader.getStylesTable();
    var collector = new EstateCollector();
    Map<String, Consumer<Map<String, String>>> wanted = wanted(collector);
    List<String> sheetNames = new ArrayList<>();
    Map<String, Set<String>> headings = new HashMap<>();
    var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    while (sheets.hasNext()) {
      try (InputStream sheet = sheets.next()) {
        String name = sheets.getSheetName();
        sheetNames.add(name);
        var consumer = wanted.get(name);
        if (consumer == null) {
          continue;
        }
        var tooMany = new TooMany(name.equals(Sheets.V_INFO) ? MAX_VMS : MAX_VMS * 40);
        var rows = new SheetRows(row -> consumer.accept(tooMany.count(row)));
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                styles, null, strings, rows, new DataFormatter(Locale.ROOT), false));
        parser.parse(new InputSource(sheet));
        headings.put(name, rows.headings());
      } catch (TooMany.Exceeded e) {
        return refused("rvtools.read.too-many", String.valueOf(MAX_VMS));
      }
    }
    if (!headings.containsKey(Sheets.V_INFO)) {
      return refused("rvtools.read.no-vinfo", String.join(", ", sheetNames));
    }
    List<String> lacking =
        REQUIRED.stream().filter(h -> !headings.get(Sheets.V_INFO).contains(h)).toList();
    if (!lacking.isEmpty()) {
      return refused("rvtools.read.columns", String.join(", ", lacking));
    }
    if (collector.vms.isEmpty()) {
      return refused("rvtools.read.no-vms");
    }
    return new ReadResult.Read(Estates.of(collector, headings.keySet()));
  }

  private static Map<String, Consumer<Map<String, String>>> wanted(EstateCollector c) {
    return Map.of(
        Sheets.V_INFO, c::info,
        Sheets.V_DISK, c::disk,
        Sheets.V_NETWORK, c::nic,
        Sheets.V_SNAPSHOT, c::snapshot,
        Sheets.V_TOOLS, c::tools,
        Sheets.V_HOST, c::host,
        Sheets.V_DATASTORE, c::datastore,
        Sheets.V_PORT, c::port,
        Sheets.DV_PORT, c::dvPort);
  }

  /** POI's guard, set for every reader of this JVM: at most 100:1 inflation, entries bounded. */
  static void guardZip() {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private static boolean zipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb") || message.contains("max entry size")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the file starts like text (a CSV or a report saved under another name). */
  private static boolean looksLikeText(Path file) throws IOException {
    byte[] head = new byte[512];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xff;
      if (b < 0x09 || (b > 0x0d && b < 0x20)) {
        return false;
      }
    }
    return n > 0;
  }

  private static ReadResult refused(String key, String... args) {
    return new ReadResult.Refused(Message.of(key, args));
  }

  /** Counts the rows of a sheet and stops the read beyond the limit. */
  private static final class TooMany {
    private final int limit;
    private int rows;

    TooMany(int limit) {
      this.limit = limit;
    }

    Map<String, String> count(Map<String, String> row) {
      if (++rows > limit) {
        throw new Exceeded();
      }
      return row;
    }

    static final class Exceeded extends RuntimeException {
      Exceeded() {
        super(null, null, false, false);
      }
    }
  }
}
