package io.virtdeck.glossary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The catalogue of vSphere words and what they are in Kubernetes / KubeVirt. The texts live in the
 * i18n bundles under {@code glossary.<id>.term}, {@code glossary.<id>.kubernetes} and {@code
 * glossary.<id>.explanation}, where {@code <id>} is {@link Term#id()}.
 */
public final class Glossary {

  private static final String PREFIX = "glossary.";

  private Glossary() {}

  /** A vSphere word that VirtDeck explains, in the order the glossary page lists them. */
  public enum Term {
    DATACENTER,
    HOST,
    MAINTENANCE_MODE,
    VIRTUAL_MACHINE,
    POWER_ON,
    POWER_OFF,
    SHUT_DOWN_GUEST,
    RESTART,
    SUSPEND,
    VMWARE_TOOLS,
    WEB_CONSOLE,
    VMOTION,
    DATASTORE,
    VIRTUAL_DISK,
    PORT_GROUP,
    VM_NETWORK,
    SNAPSHOT,
    REVERT,
    CLONE,
    TEMPLATE,
    FOLDER,
    TAGS,
    PERMISSIONS,
    RECENT_TASKS;

    /**
     * The stable id used in i18n keys, {@code data-term} attributes and links: {@code power_on}.
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Key of the vSphere word, e.g. "Power On". */
    public String termKey() {
      return PREFIX + id() + ".term";
    }

    /** Key of the Kubernetes / KubeVirt counterpart, e.g. the {@code start} subresource. */
    public String kubernetesKey() {
      return PREFIX + id() + ".kubernetes";
    }

    /** Key of the one-sentence explanation. */
    public String explanationKey() {
      return PREFIX + id() + ".explanation";
    }

    /** The three keys of this term. */
    public List<String> keys() {
      return List.of(termKey(), kubernetesKey(), explanationKey());
    }

    /** The term with this id ({@code power_on}; the constant name is accepted too). */
    public static Optional<Term> byId(String id) {
      String wanted = id.trim().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(t -> t.id().equals(wanted)).findFirst();
    }
  }

  /** One translated line of the glossary. */
  public record Entry(Term term, String vsphere, String kubernetes, String explanation) {

    /** Whether every word of {@code query} occurs in one of the texts (ignoring case). */
    public boolean matches(String query) {
      String haystack =
          String.join("\n", term.id(), vsphere, kubernetes, explanation).toLowerCase(Locale.ROOT);
      return Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
          .allMatch(haystack::contains);
    }
  }

  /** All terms, in display order. */
  public static List<Term> terms() {
    return List.of(Term.values());
  }

  /** Translates one term with the given key-to-text function (e.g. a component's translation). */
  public static Entry entry(Term term, UnaryOperator<String> translate) {
    return new Entry(
        term,
        translate.apply(term.termKey()),
        translate.apply(term.kubernetesKey()),
        translate.apply(term.explanationKey()));
  }

  /** All terms, translated, in display order. */
  public static List<Entry> entries(UnaryOperator<String> translate) {
    return terms().stream().map(t -> entry(t, translate)).toList();
  }
}
