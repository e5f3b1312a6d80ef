package io.virtdeck.rvtools.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The files the planner must refuse (or read despite their quirks), each named for what is wrong: a
 * CSV renamed .xlsx, a 0-byte file, a workbook without vInfo, a zip bomb (a sheet that inflates
 * from about 60 KB to 60 MB), columns in another order, numbers as text in a German locale.
 */
public final class MalformedCorpus {

  public static final String CSV_RENAMED = "csv-renamed.xlsx";
  public static final String EMPTY = "empty.xlsx";
  public static final String NO_VINFO = "no-vinfo.xlsx";
  public static final String ZIP_BOMB = "zip-bomb.xlsx";
  public static final String REORDERED = "reordered-columns.xlsx";
  public static final String LOCALIZED = "localized-numbers.xlsx";

  private static final int BOMB_BYTES = 60 << 20;

  private MalformedCorpus() {}

  public static Map<String, byte[]> files() throws IOException {
    Estate small = EstateGenerator.generate(12, 7);
    return Map.of(
        CSV_RENAMED,
        "VM,Powerstate,CPUs\nweb-01,poweredOn,2\n".getBytes(StandardCharsets.UTF_8),
        EMPTY,
        new byte[0],
        NO_VINFO,
        workbook(small, new EstateWorkbook.Options(false, false, Set.of("vInfo"))),
        ZIP_BOMB,
        bomb(workbook(small, EstateWorkbook.Options.AS_RVTOOLS)),
        REORDERED,
        workbook(small, new EstateWorkbook.Options(true, false, Set.of())),
        LOCALIZED,
        workbook(small, new EstateWorkbook.Options(false, true, Set.of())));
  }

  public static void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (var file : files().entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
  }

  static byte[] workbook(Estate estate, EstateWorkbook.Options options) throws IOException {
    var out = new ByteArrayOutputStream();
    EstateWorkbook.write(estate, options, out);
    return out.toByteArray();
  }

  /** The workbook with its first sheet (vInfo) padded with white space that compresses ~1000:1. */
  static byte[] bomb(byte[] xlsx) throws IOException {
    Path source = Files.createTempFile("virtdeck-bomb-source", ".xlsx");
    var out = new ByteArrayOutputStream();
    try {
      Files.write(source, xlsx);
      try (var in = new ZipFile(source.toFile());
          var zip = new ZipOutputStream(out)) {
        for (ZipEntry entry : java.util.Collections.list(in.entries())) {
          byte[] content = in.getInputStream(entry).readAllBytes();
          zip.putNextEntry(new ZipEntry(entry.getName()));
          if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
            String xml = new String(content, StandardCharsets.UTF_8);
            int end = xml.lastIndexOf("</worksheet>");
            zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
            pad(zip, BOMB_BYTES);
            zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
          } else {
            zip.write(content);
          }
          zip.closeEntry();
        }
      }
    } finally {
      Files.deleteIfExists(source);
    }
    return out.toByteArray();
  }

  private static void pad(OutputStream out, int bytes) throws IOException {
    byte[] spaces = new byte[1 << 16];
    java.util.Arrays.fill(spaces, (byte) ' ');
    for (int written = 0; written < bytes; written += spaces.length) {
      out.write(spaces);
    }
  }
}
