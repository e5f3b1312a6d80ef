package io.virtdeck.vm.rows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OsNamesTest {

  @Test
  void templateAndPreferenceIdsBecomeReadable() {
    assertThat(OsNames.readable("rhel9")).isEqualTo("Red Hat Enterprise Linux 9");
    assertThat(OsNames.readable("rhel.9")).isEqualTo("Red Hat Enterprise Linux 9");
    assertThat(OsNames.readable("windows.2k22")).isEqualTo("Windows Server 2022");
    assertThat(OsNames.readable("win2k22")).isEqualTo("Windows Server 2022");
    assertThat(OsNames.readable("centos.stream9")).isEqualTo("CentOS Stream 9");
  }

  @Test
  void unknownIdsAndFreeTextStayAsTheyAre() {
    assertThat(OsNames.readable("Fedora 40")).isEqualTo("Fedora 40");
    assertThat(OsNames.readable("haiku")).isEqualTo("haiku");
  }
}
