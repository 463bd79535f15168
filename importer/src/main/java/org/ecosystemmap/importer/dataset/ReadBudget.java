package org.ecosystemmap.importer.dataset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What reading one dataset may still take: its bytes and rows, counted over all its files as they are
 * read, against the {@link ReadLimits}. Each file's bytes come through {@link #file}, which also checks the
 * file's own size and, for a zip entry, how far it inflates.
 */
public final class ReadBudget {

    private final ReadLimits limits;
    private long bytes;
    private long rows;

    public ReadBudget(ReadLimits limits) {
        this.limits = limits;
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * The file's bytes, counted as they are read.
     *
     * @param compressedSize the size of a zip entry as stored, to check how far it inflates; 0 for a file
     *     that is not compressed
     */
    public InputStream file(InputStream in, long compressedSize) {
        return new Counted(in, compressedSize);
    }

    /** Counts a row read; the limit is on all the tables of the dataset together. */
    public void row(int line) throws ReadLimitException {
        if (++rows > limits.maxRows()) {
            throw new ReadLimitException("the dataset holds more than %,d rows in all, the most a dataset may hold".formatted(limits.maxRows()),
                    line, -1);
        }
    }

    private final class Counted extends FilterInputStream {
        private final long compressedSize;
        private long read;

        Counted(InputStream in, long compressedSize) {
            super(in);
            this.compressedSize = compressedSize;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws ReadLimitException {
            read += n;
            bytes += n;
            if (read > limits.maxFileBytes()) {
                throw new ReadLimitException("the file holds more than %,d bytes, the most a dataset file may hold".formatted(limits.maxFileBytes()));
            }
            if (bytes > limits.maxDatasetBytes()) {
                throw new ReadLimitException("the dataset's files hold more than %,d bytes in all, uncompressed, the most a dataset may hold"
                        .formatted(limits.maxDatasetBytes()));
            }
            if (compressedSize > 0 && read > ReadLimits.COMPRESSION_GRACE_BYTES && read > compressedSize * limits.maxCompressionRatio()) {
                throw new ReadLimitException(("the zip entry inflates to more than %d times its compressed size (%,d bytes), "
                        + "as a zip bomb does; a dataset's CSV compresses far less").formatted(limits.maxCompressionRatio(), compressedSize));
            }
        }
    }
}
