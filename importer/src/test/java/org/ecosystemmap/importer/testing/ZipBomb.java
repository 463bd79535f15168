package org.ecosystemmap.importer.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip bomb made in a moment: one entry holding a short text and then gigabytes of one repeated letter,
 * compressed about a thousand times, as an attacker makes one. Deflating gigabytes takes a while, so
 * the compressed stream is put together from the block that a megabyte of the letter compresses to once
 * the window is full of it, repeated; the zip around it is written by hand, so that it can also hold the
 * same entry name twice, which {@link java.util.zip.ZipOutputStream} refuses to write.
 */
public final class ZipBomb {

    private static final int CHUNK = 1024 * 1024;

    private ZipBomb() {
    }

    /**
     * Writes a zip with one entry, {@code name}, holding {@code start} and then {@code megabytes} MiB of the
     * letter x, all on one line; it stays below 4 GiB, the most a zip without ZIP64 records may declare.
     * The zip declares the entry's true size.
     */
    public static Path write(Path file, String name, String start, int megabytes) {
        return write(file, name, start, megabytes, false);
    }

    /**
     * As {@link #write(Path, String, String, int)}; when {@code lying}, the zip declares the entry to hold
     * one kilobyte, as a bomb made to pass a check of declared sizes does.
     */
    public static Path write(Path file, String name, String start, int megabytes, boolean lying) {
        var head = start.getBytes(StandardCharsets.UTF_8);
        var chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'x');
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        var stream = new ByteArrayOutputStream();
        stream.writeBytes(flushed(deflater, head));
        byte[] previous = null;
        byte[] steady = null;
        int written = 0;
        while (written < megabytes && steady == null) {
            var block = flushed(deflater, chunk);
            written++;
            stream.writeBytes(block);
            if (Arrays.equals(block, previous)) {
                steady = block;
            }
            previous = block;
        }
        for (; written < megabytes; written++) {
            stream.writeBytes(steady);
        }
        // An empty final block: BFINAL set, fixed codes, end of block.
        stream.writeBytes(new byte[] {0x03, 0x00});
        deflater.end();
        var crc = new CRC32();
        crc.update(head);
        for (int i = 0; i < megabytes; i++) {
            crc.update(chunk);
        }
        long size = head.length + (long) megabytes * CHUNK;
        if (size >= 0xFFFFFFFFL) {
            throw new IllegalArgumentException("a zip without ZIP64 records holds less than 4 GiB per entry");
        }
        return write(file, new Entry(name, Deflater.DEFLATED, stream.toByteArray(), lying ? 1024 : size, crc.getValue()));
    }

    /** Writes a zip holding each of these texts stored as it is, under its name, names repeated as given. */
    public static Path stored(Path file, String[][] entries) {
        var list = new Entry[entries.length];
        for (int i = 0; i < entries.length; i++) {
            var bytes = entries[i][1].getBytes(StandardCharsets.UTF_8);
            var crc = new CRC32();
            crc.update(bytes);
            list[i] = new Entry(entries[i][0], 0, bytes, bytes.length, crc.getValue());
        }
        return write(file, list);
    }

    private record Entry(String name, int method, byte[] data, long size, long crc) {
    }

    private static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        var out = new ByteArrayOutputStream();
        var buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    private static Path write(Path file, Entry... entries) {
        try (var out = Files.newOutputStream(file)) {
            var central = new ByteArrayOutputStream();
            long offset = 0;
            for (var entry : entries) {
                var name = entry.name().getBytes(StandardCharsets.UTF_8);
                var local = header(0x04034b50, entry, name, -1);
                out.write(local);
                out.write(entry.data());
                central.writeBytes(header(0x02014b50, entry, name, offset));
                offset += local.length + entry.data().length;
            }
            out.write(central.toByteArray());
            var end = little(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.length).putShort((short) entries.length)
                    .putInt(central.size()).putInt((int) offset).putShort((short) 0);
            out.write(end.array());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local file header ({@code centralOffset} -1) or a central directory header pointing at its local one. */
    private static byte[] header(int signature, Entry entry, byte[] name, long centralOffset) {
        boolean central = centralOffset >= 0;
        var header = little((central ? 46 : 30) + name.length);
        header.putInt(signature);
        if (central) {
            header.putShort((short) 20);
        }
        header.putShort((short) 20).putShort((short) 0).putShort((short) entry.method()).putShort((short) 0).putShort((short) 0x21)
                .putInt((int) entry.crc()).putInt(entry.data().length).putInt((int) entry.size())
                .putShort((short) name.length).putShort((short) 0);
        if (central) {
            header.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) centralOffset);
        }
        header.put(name);
        return header.array();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
