package org.ecosystemmap.importer.dataset;

/** Finds why reading failed among the causes of what a parser threw: parsers wrap the reader's exceptions. */
public final class Causes {

    private Causes() {
    }

    /** The first exception of this type in the chain of causes, or null. */
    public static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
