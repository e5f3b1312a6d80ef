package io.virtdeck.provision;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * SSH public keys as OpenSSH writes them ({@code type base64 [comment]}): a key is one only when
 * its type is known and its base64 blob decodes to a key of that same type.
 */
public final class SshKeys {

  static final Set<String> TYPES =
      Set.of(
          "ssh-rsa",
          "ssh-ed25519",
          "ssh-dss",
          "ecdsa-sha2-nistp256",
          "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521",
          "sk-ssh-ed25519@openssh.com",
          "sk-ecdsa-sha2-nistp256@openssh.com");

  private SshKeys() {}

  /** The non-empty lines, stripped. */
  public static List<String> lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** Whether the line is an SSH public key. */
  public static boolean valid(String line) {
    String[] parts = line.strip().split("\\s+", 3);
    if (parts.length < 2 || !TYPES.contains(parts[0])) {
      return false;
    }
    try {
      ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(parts[1]));
      int length = blob.getInt();
      if (length <= 0 || length > blob.remaining()) {
        return false;
      }
      byte[] type = new byte[length];
      blob.get(type);
      return new String(type, StandardCharsets.US_ASCII).equals(parts[0]) && blob.hasRemaining();
    } catch (IllegalArgumentException | java.nio.BufferUnderflowException notAKey) {
      return false;
    }
  }
}
