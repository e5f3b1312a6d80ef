package io.virtdeck.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.glossary.Glossary.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The glossary catalogue and its texts in both languages. */
class GlossaryTest {

  @ParameterizedTest
  @ValueSource(strings = {"translations", "translations_zh_CN"})
  void everyTermHasItsThreeTextsInBothLanguages(String bundle) throws IOException {
    Properties texts = bundle(bundle);
    for (Term term : Term.values()) {
      for (String key : term.keys()) {
        assertThat(texts.getProperty(key)).as(bundle + ": " + key).isNotBlank();
      }
    }
    assertThat(texts.getProperty("glossary.info.aria")).contains("{0}");
  }

  @ParameterizedTest
  @EnumSource(Term.class)
  void keysFollowThePattern(Term term) {
    String id = term.name().toLowerCase(java.util.Locale.ROOT);
    assertThat(term.id()).isEqualTo(id);
    assertThat(term.keys())
        .containsExactly(
            "glossary." + id + ".term",
            "glossary." + id + ".kubernetes",
            "glossary." + id + ".explanation");
    assertThat(Term.byId(id)).contains(term);
    assertThat(Term.byId(term.name())).contains(term);
  }

  @Test
  void chineseUsesTheWordsOfVmwaresChineseClient() throws IOException {
    Properties zh = bundle("translations_zh_CN");
    Map<Term, String> expected =
        Map.ofEntries(
            Map.entry(Term.POWER_ON, "打开电源"),
            Map.entry(Term.POWER_OFF, "关闭电源"),
            Map.entry(Term.SHUT_DOWN_GUEST, "关闭客户机操作系统"),
            Map.entry(Term.RESTART, "重新启动"),
            Map.entry(Term.SUSPEND, "挂起"),
            Map.entry(Term.HOST, "主机"),
            Map.entry(Term.MAINTENANCE_MODE, "维护模式"),
            Map.entry(Term.VMWARE_TOOLS, "VMware Tools"),
            Map.entry(Term.DATASTORE, "数据存储"),
            Map.entry(Term.VIRTUAL_DISK, "虚拟磁盘"),
            Map.entry(Term.PORT_GROUP, "端口组"),
            Map.entry(Term.SNAPSHOT, "快照"),
            Map.entry(Term.REVERT, "恢复快照"),
            Map.entry(Term.VMOTION, "vMotion"),
            Map.entry(Term.TEMPLATE, "模板"),
            Map.entry(Term.FOLDER, "文件夹"),
            Map.entry(Term.TAGS, "标记"),
            Map.entry(Term.WEB_CONSOLE, "Web 控制台"),
            Map.entry(Term.RECENT_TASKS, "近期任务"),
            Map.entry(Term.DATACENTER, "数据中心"),
            Map.entry(Term.CLONE, "克隆"));
    expected.forEach((term, word) -> assertThat(zh.getProperty(term.termKey())).isEqualTo(word));
  }

  @Test
  void suspendSaysThatMemoryStaysResident() throws IOException {
    assertThat(bundle("translations").getProperty(Term.SUSPEND.explanationKey()))
        .contains("memory stays resident");
    assertThat(bundle("translations").getProperty(Term.POWER_ON.kubernetesKey()))
        .contains("`start`")
        .contains("runStrategy: Always");
  }

  @Test
  void entriesAreTranslatedInDisplayOrderAndFilterByEveryWord() throws IOException {
    Properties en = bundle("translations");
    var entries = Glossary.entries(en::getProperty);

    assertThat(entries).extracting(Glossary.Entry::term).containsExactly(Term.values());
    Glossary.Entry suspend = entries.get(Term.SUSPEND.ordinal());
    assertThat(suspend.vsphere()).isEqualTo("Suspend");
    assertThat(suspend.kubernetes()).contains("pause");
    assertThat(suspend.matches("")).isTrue();
    assertThat(suspend.matches("  PAUSE  ")).isTrue();
    assertThat(suspend.matches("memory host")).isTrue();
    assertThat(suspend.matches("memory vlan")).isFalse();
    assertThat(entries.stream().filter(e -> e.matches("NetworkAttachmentDefinition")))
        .extracting(Glossary.Entry::term)
        .containsExactly(Term.PORT_GROUP);
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        GlossaryTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
