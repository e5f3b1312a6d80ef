package io.virtdeck.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.task.Message;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VLAN and MTU as typed: kept or refused with a sentence naming what was typed, never changed. */
class NumberInputTest {

  @ParameterizedTest(name = "VLAN \"{0}\" -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "''           | 0    | null",
        "'  '         | 0    | null",
        "1            | 1    | null",
        "200          | 200  | null",
        "' 4094 '     | 4094 | null",
        "0            | 0    | net.invalid.vlan",
        "4095         | 0    | net.invalid.vlan",
        "99999999999  | 0    | net.invalid.vlan",
        "abc          | 0    | net.invalid.vlan-number",
        "12.5         | 0    | net.invalid.vlan-number",
        "1e5          | 0    | net.invalid.vlan-number",
        "-5           | 0    | net.invalid.vlan-number",
        "+5           | 0    | net.invalid.vlan-number",
        "'1 2'        | 0    | net.invalid.vlan-number",
        "١٢           | 0    | net.invalid.vlan-number",
      })
  void vlan(String typed, int value, String problem) {
    assertInput(NumberInput.vlan(typed), typed, value, problem);
  }

  @ParameterizedTest(name = "MTU \"{0}\" -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "''           | 0    | null",
        "576          | 576  | null",
        "9216         | 9216 | null",
        "1500         | 1500 | null",
        "0            | 0    | net.invalid.mtu",
        "575          | 0    | net.invalid.mtu",
        "9217         | 0    | net.invalid.mtu",
        "99999999999  | 0    | net.invalid.mtu",
        "abc          | 0    | net.invalid.mtu-number",
        "1500.0       | 0    | net.invalid.mtu-number",
        "1e3          | 0    | net.invalid.mtu-number",
      })
  void mtu(String typed, int value, String problem) {
    assertInput(NumberInput.mtu(typed), typed, value, problem);
  }

  private static void assertInput(NumberInput input, String typed, int value, String problem) {
    assertThat(input.value()).isEqualTo(value);
    assertThat(input.valid()).isEqualTo(problem == null);
    assertThat(input.problem())
        .isEqualTo(
            problem == null ? Optional.empty() : Optional.of(Message.of(problem, typed.strip())));
  }
}
