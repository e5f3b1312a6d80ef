package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.authorization.v1.NonResourceAttributes;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceAttributes;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewSpec;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewSpec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the self access and rules reviews kubectl sends as Kubernetes protobuf: the {@code k8s\0}
 * magic, a {@code runtime.Unknown} envelope whose field 2 holds the object, and in it field 2, the
 * spec. Only the string and message fields of the specs are read.
 */
final class ProtobufReviews {

  static final String CONTENT_TYPE = "application/vnd.kubernetes.protobuf";
  private static final byte[] MAGIC = {'k', '8', 's', 0};

  private ProtobufReviews() {}

  static SelfSubjectAccessReviewSpec accessReviewSpec(byte[] body) {
    var spec = fields(field(fields(object(body)), 2));
    var result = new SelfSubjectAccessReviewSpec();
    if (spec.containsKey(1)) {
      var a = fields(spec.get(1));
      var attributes = new ResourceAttributes();
      attributes.setNamespace(string(a, 1));
      attributes.setVerb(string(a, 2));
      attributes.setGroup(string(a, 3));
      attributes.setVersion(string(a, 4));
      attributes.setResource(string(a, 5));
      attributes.setSubresource(string(a, 6));
      attributes.setName(string(a, 7));
      result.setResourceAttributes(attributes);
    }
    if (spec.containsKey(2)) {
      var a = fields(spec.get(2));
      var attributes = new NonResourceAttributes();
      attributes.setPath(string(a, 1));
      attributes.setVerb(string(a, 2));
      result.setNonResourceAttributes(attributes);
    }
    return result;
  }

  static SelfSubjectRulesReviewSpec rulesReviewSpec(byte[] body) {
    var spec = fields(field(fields(object(body)), 2));
    return new SelfSubjectRulesReviewSpec(string(spec, 1));
  }

  /** The encoded object inside the envelope. */
  private static byte[] object(byte[] body) {
    if (body.length < MAGIC.length || !Arrays.equals(body, 0, 4, MAGIC, 0, 4)) {
      throw new IllegalArgumentException("not a Kubernetes protobuf message");
    }
    return field(fields(Arrays.copyOfRange(body, MAGIC.length, body.length)), 2);
  }

  private static byte[] field(Map<Integer, byte[]> fields, int number) {
    return fields.getOrDefault(number, new byte[0]);
  }

  private static String string(Map<Integer, byte[]> fields, int number) {
    return new String(field(fields, number), StandardCharsets.UTF_8);
  }

  /** The length-delimited fields of a message by number (the last one wins); others skipped. */
  private static Map<Integer, byte[]> fields(byte[] message) {
    var result = new HashMap<Integer, byte[]>();
    int[] at = {0};
    while (at[0] < message.length) {
      long key = varint(message, at);
      int number = (int) (key >>> 3);
      switch ((int) (key & 7)) {
        case 0 -> varint(message, at);
        case 1 -> at[0] += 8;
        case 5 -> at[0] += 4;
        case 2 -> {
          int length = (int) varint(message, at);
          if (length < 0 || at[0] + length > message.length) {
            throw new IllegalArgumentException("truncated protobuf field " + number);
          }
          result.put(number, Arrays.copyOfRange(message, at[0], at[0] + length));
          at[0] += length;
        }
        default -> throw new IllegalArgumentException("unsupported protobuf wire type");
      }
    }
    return result;
  }

  private static long varint(byte[] data, int[] at) {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at[0] >= data.length) {
        throw new IllegalArgumentException("truncated protobuf varint");
      }
      byte b = data[at[0]++];
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("protobuf varint too long");
  }
}
