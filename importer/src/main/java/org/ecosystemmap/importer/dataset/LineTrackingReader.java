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
 * Reads the text of a CSV file or JSON document. Decodes strict UTF-8 (a byte that is not UTF-8 is an error
 * naming its line, not a silent replacement character), drops a leading byte-order mark, tells a UTF-16
 * file for what it is (by its byte-order mark, or by NUL bytes between the letters of its first line) instead of letting
 * it be read as garbled text, and remembers where each line starts so that a character position can be
 * turned into a line number.
 */
public final class LineTrackingReader extends Reader {

    /** Thrown when the bytes are not UTF-8 text; {@link #line()} is where the first bad byte is, the message says what to do. */
    public static final class NotUtf8Exception extends IOException {
        private final int line;

        NotUtf8Exception(int line, String reason) {
            super(reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final String NOT_UTF8 = "the file is not UTF-8: this line holds a byte that is not UTF-8 text; save the file as UTF-8";
    private static final String UTF16_MARK = "the file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8";
    private static final String NUL = "the file holds NUL characters on its first line, as UTF-16 text does between its letters; save it as UTF-8";

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
                throw new NotUtf8Exception(newlineCount + 1, NOT_UTF8);
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
            } else if (target[i] == '\0' && newlineCount == 0) {
                // A header is plain text: NUL there means UTF-16. Later a NUL is a value's, which the rules refuse with its column.
                throw new NotUtf8Exception(1, NUL);
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
        if (first && bytes.remaining() >= 2 && isUtf16Mark(bytes.get(bytes.position()), bytes.get(bytes.position() + 1))) {
            throw new NotUtf8Exception(1, UTF16_MARK);
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

    private static boolean isUtf16Mark(byte a, byte b) {
        return (a == (byte) 0xFE && b == (byte) 0xFF) || (a == (byte) 0xFF && b == (byte) 0xFE);
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
