package io.virtdeck.capture;

import java.util.List;

/** The forms a recording is rendered in, with the file name a download gets. */
public enum ScriptFormat {
  BASH("virtdeck-capture.sh", "text/x-shellscript"),
  ANSIBLE("virtdeck-capture-playbook.yml", "application/yaml"),
  YAML("virtdeck-capture-manifests.yaml", "application/yaml");

  private final String fileName;
  private final String contentType;

  ScriptFormat(String fileName, String contentType) {
    this.fileName = fileName;
    this.contentType = contentType;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  /** The recording in this form. */
  public String render(List<CapturedStep> steps) {
    return switch (this) {
      case BASH -> BashScript.render(steps);
      case ANSIBLE -> AnsiblePlaybook.render(steps);
      case YAML -> YamlManifests.render(steps);
    };
  }
}
