package org.ecosystemmap.importer.write;

import org.ecosystemmap.graph.schema.GraphSchema;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.vocabulary.EntityKind;

/**
 * A digest of what an import writes to one entity (its kind and every property) or relationship (every
 * property), stored with it as {@value #PROPERTY}. The next import compares digests instead of reading every
 * property back: an unchanged re-import reads ids and digests only. A write outside the importer that changes
 * an imported entity or relationship removes the digest (or replaces all properties, which does), so that the
 * next import compares it as changed and writes the dataset's version again.
 * <p>
 * The digest is a 64-bit hash (MurmurHash64A) of an unambiguous encoding of the sorted properties: each name, a
 * type tag and the value, lengths spelled out, so that no two different sets of properties encode alike. It
 * only tells a change from no change (two versions of one row colliding is a chance of one in 2^64), so a fast
 * hash serves; a cryptographic one would cost a re-import of a million rows about a second more.
 */
final class ContentHash {

    /** The property holding the digest on every node and relationship an import writes. */
    static final String PROPERTY = GraphSchema.IMPORT_HASH;

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
        private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long M = 0xc6a4a7935bd1e995L;
        private static final int R = 47;

        private byte[] buffer = new byte[512];
        private String[] names = new String[16];
        private int length;

        Encoder reset() {
            length = 0;
            return this;
        }

        Encoder properties(Map<String, Object> properties, String dataset) {
            // The names sorted in an array the encoder keeps: a re-import encodes a million rows, each allocation counts.
            if (names.length < properties.size() + 1) {
                names = new String[properties.size() + 1];
            }
            int count = 0;
            for (var name : properties.keySet()) {
                if (!name.equals("dataset") && !name.equals(PROPERTY)) {
                    names[count++] = name;
                }
            }
            names[count++] = "dataset";
            Arrays.sort(names, 0, count);
            for (int i = 0; i < count; i++) {
                var name = names[i];
                var value = name.equals("dataset") ? dataset : properties.get(name);
                if (value != null) {
                    text(name);
                    value(value);
                }
            }
            return this;
        }

        /** MurmurHash64A (Austin Appleby, public domain) of the encoded bytes. */
        long digest() {
            long h = length * M;
            int words = length / Long.BYTES;
            for (int i = 0; i < words; i++) {
                long k = (long) WORD.get(buffer, i * Long.BYTES);
                k *= M;
                k ^= k >>> R;
                k *= M;
                h ^= k;
                h *= M;
            }
            int tail = words * Long.BYTES;
            if (tail < length) {
                for (int i = length - 1; i >= tail; i--) {
                    h ^= (buffer[i] & 0xffL) << (8 * (i - tail));
                }
                h *= M;
            }
            h ^= h >>> R;
            h *= M;
            h ^= h >>> R;
            return h;
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
            if (ascii(text)) {
                // As UTF-8 encodes it, without the array of bytes that getBytes would allocate.
                number(text.length());
                room(text.length());
                for (int i = 0; i < text.length(); i++) {
                    buffer[length++] = (byte) text.charAt(i);
                }
                return;
            }
            var bytes = text.getBytes(StandardCharsets.UTF_8);
            number(bytes.length);
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private static boolean ascii(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
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
