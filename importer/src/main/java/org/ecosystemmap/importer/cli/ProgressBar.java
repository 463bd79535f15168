package org.ecosystemmap.importer.cli;

import java.io.PrintWriter;
import org.ecosystemmap.importer.write.Progress;

/** A one-line progress bar on the terminal, drawn only for imports large enough to wait for. */
final class ProgressBar implements Progress {

    private static final long WORTH_SHOWING = 20_000;
    private static final int WIDTH = 40;

    private final PrintWriter out;
    private long total;
    private long done;
    private int drawn = -1;

    ProgressBar(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void starting(long totalRows) {
        total = totalRows;
    }

    @Override
    public void advanced(int rows) {
        done += rows;
        if (total < WORTH_SHOWING) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != drawn) {
            drawn = percent;
            int filled = percent * WIDTH / 100;
            out.printf("\rwriting [%s%s] %3d%% (%,d of %,d)", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, done, total);
            out.flush();
        }
    }

    void done() {
        if (drawn >= 0) {
            out.println();
        }
    }
}
