package org.ecosystemmap.importer.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecosystemmap.graph.vocabulary.EntityKind;

/**
 * A digest of what an import writes to one entity (its kind and every property) or relationship (every
 * property), stored with it as {@value #PROPERTY}. The next import compares digests instead of reading every
 * property back: an unchanged re-import reads ids and digests only. A write outside the importer that changes
 * an imported entity or relationship removes the digest (or replaces all properties, which does), so that the
 * next import compares it as changed and writes the dataset's version again.
 * <p>
 * The digest is the first 64 bits of SHA-256 over an unambiguous encoding of the sorted properties: each name,
 * a type tag and the value, lengths spelled out, so that no two different sets of properties encode alike.
 */
final class ContentHash {

    /** The property holding the digest on every node and relationship an import writes. */
    static final String PROPERTY = "importHash";

    private static final ThreadLocal<Encoder> ENCODER = ThreadLocal.withInitial(Encoder::new);

    private ContentHash() {
    }

    /** The digest of an entity of {@code kind} with these properties, written by {@code dataset}. */
    static long ofEntity(EntityKind kind, Map<String, Object> properties, String dataset) {
        var encoder = ENCODER.get().reset();
        encoder.text(kind.label());
        return encoder.properties(properties, dataset).digest();
    }

    /** The digest of a relationship with these properties, written by {@code dataset}. */
    static long ofRelationship(Map<String, Object> properties, String dataset) {
        return ENCODER.get().reset().properties(properties, dataset).digest();
    }

    /** Encodes into a buffer reused by its thread, digested once at the end. */
    private static final class Encoder {
        private final MessageDigest sha256;
        private byte[] buffer = new byte[512];
        private int length;

        Encoder() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        Encoder reset() {
            length = 0;
            return this;
        }

        Encoder properties(Map<String, Object> properties, String dataset) {
            var sorted = new TreeMap<>(properties);
            sorted.put("dataset", dataset);
            for (var property : sorted.entrySet()) {
                if (property.getValue() != null && !property.getKey().equals(PROPERTY)) {
                    text(property.getKey());
                    value(property.getValue());
                }
            }
            return this;
        }

        long digest() {
            sha256.reset();
            sha256.update(buffer, 0, length);
            var bytes = sha256.digest();
            long hash = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                hash = (hash << 8) | (bytes[i] & 0xff);
            }
            return hash;
        }

        private void value(Object value) {
            switch (value) {
                case String text -> {
                    tag('S');
                    text(text);
                }
                case Boolean flag -> tag(flag ? 'T' : 'F');
                case Double number -> {
                    tag('D');
                    number(Double.doubleToLongBits(number));
                }
                case Float number -> {
                    tag('D');
                    number(Double.doubleToLongBits(number));
                }
                case Number number -> {
                    tag('L');
                    number(number.longValue());
                }
                case List<?> list -> {
                    tag('A');
                    number(list.size());
                    list.forEach(this::value);
                }
                default -> throw new IllegalArgumentException("a property value of an unexpected type: " + value.getClass().getName());
            }
        }

        private void text(String text) {
            var bytes = text.getBytes(StandardCharsets.UTF_8);
            number(bytes.length);
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private void tag(char tag) {
            room(1);
            buffer[length++] = (byte) tag;
        }

        private void number(long number) {
            room(Long.BYTES);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[length++] = (byte) (number >>> shift);
            }
        }

        private void room(int bytes) {
            if (length + bytes > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + bytes));
            }
        }
    }
}
