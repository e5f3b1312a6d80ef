package io.virtdeck.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The labs: the built-in ones ({@code labs/*.yaml} on the classpath) and a trainer's own (every
 * {@code *.yaml} / {@code *.yml} of {@code virtdeck.labs.folder}, read again at each call, so an
 * edited file shows at the next visit). A file that cannot be read is left out and its problem
 * reported; a folder lab replaces a built-in one of the same id.
 */
@Service
public class LabLibrary {

  /** The labs found, by id, and a sentence for each file that could not be used. */
  public record Loaded(List<Lab> labs, List<String> problems) {}

  private final LabProperties properties;

  public LabLibrary(LabProperties properties) {
    this.properties = properties;
  }

  public Loaded load() {
    List<Lab> labs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    builtIn(labs, problems);
    Path folder = properties.folder();
    if (folder != null) {
      fromFolder(folder, labs, problems);
    }
    labs.sort(Comparator.comparing(Lab::id));
    return new Loaded(List.copyOf(labs), List.copyOf(problems));
  }

  public Optional<Lab> lab(String id) {
    return load().labs().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  private static void builtIn(List<Lab> labs, List<String> problems) {
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:labs/*.yaml")) {
        String name = String.valueOf(resource.getFilename());
        try {
          String yaml = resource.getContentAsString(StandardCharsets.UTF_8);
          add(labs, LabFiles.read(id(name), yaml, "labs/" + name));
        } catch (LabFileException e) {
          problems.add(e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fromFolder(Path folder, List<Lab> labs, List<String> problems) {
    if (!Files.isDirectory(folder)) {
      problems.add("The labs folder " + folder + " does not exist");
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
          continue;
        }
        try {
          add(labs, LabFiles.read(id(name), Files.readString(file), file.toString()));
        } catch (LabFileException | IOException e) {
          problems.add(e.getMessage());
        }
      }
    } catch (IOException e) {
      problems.add("The labs folder " + folder + " cannot be read: " + e.getMessage());
    }
  }

  private static void add(List<Lab> labs, Lab lab) {
    labs.removeIf(l -> l.id().equals(lab.id()));
    labs.add(lab);
  }

  private static String id(String fileName) {
    return fileName.replaceFirst("\\.ya?ml$", "");
  }
}
