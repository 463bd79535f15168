package org.ecosystemmap.importer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the text of a CSV file or JSON document. Decodes strict UTF-8 (a byte that is not UTF-8 is an error naming its line, not a silent replacement
 * character), drops a leading byte-order mark, and remembers where each line starts so that a character
 * position can be turned into a line number.
 */
public final class LineTrackingReader extends Reader {

    /** Thrown when the bytes are not UTF-8; {@link #line()} is where the first bad byte is. */
    public static final class NotUtf8Exception extends IOException {
        private final int line;

        NotUtf8Exception(int line) {
            super("line " + line + " holds bytes that are not UTF-8");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private long position;
    private long[] newlines = new long[1024];
    private int newlineCount;
    private boolean endOfInput;
    private boolean malformed;
    private boolean first = true;

    public LineTrackingReader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (malformed) {
                throw new NotUtf8Exception(newlineCount + 1);
            }
            if (endOfInput && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (target[i] == '\n') {
                recordNewline(position + (i - offset));
            }
        }
        position += n;
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        if (!endOfInput) {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        var result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            malformed = true;
        }
        chars.flip();
        if (first && chars.hasRemaining()) {
            first = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
    }

    private void recordNewline(long at) {
        if (newlineCount == newlines.length) {
            newlines = Arrays.copyOf(newlines, newlineCount * 2);
        }
        newlines[newlineCount++] = at;
    }

    /** The 1-based line of a character position already read. */
    public int lineOf(long characterPosition) {
        int index = Arrays.binarySearch(newlines, 0, newlineCount, characterPosition);
        return (index >= 0 ? index : -index - 1) + 1;
    }

    /** The line being read now. */
    public int currentLine() {
        return newlineCount + 1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
