package org.ecosystemmap.importer.dataset;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A row's cells by column, as {@link RawRow#cells()} gives them, held as the values in the order of the header that
 * every row of the table shares: a table of a million rows holds a million small arrays instead of a million maps
 * of entries, which reading it, and the garbage collector, would otherwise pay for. Read-only; columns iterate in
 * the header's order.
 */
public final class HeaderCells extends AbstractMap<String, String> {

    private final String[] header;
    private final String[] values;

    /**
     * @param header the table's column names, shared by its rows, each named once
     * @param values this row's values, one per column, in the header's order
     */
    public HeaderCells(String[] header, String[] values) {
        if (header.length != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + header.length + " columns");
        }
        this.header = header;
        this.values = values;
    }

    @Override
    public String get(Object column) {
        int index = indexOf(column);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object column) {
        return indexOf(column) >= 0;
    }

    @Override
    public int size() {
        return header.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < header.length; i++) {
            action.accept(header[i], values[i]);
        }
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return List.of(header).iterator();
            }

            @Override
            public int size() {
                return header.length;
            }
        };
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < header.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        var entry = new SimpleImmutableEntry<>(header[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return header.length;
            }
        };
    }

    private int indexOf(Object column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i;
            }
        }
        return -1;
    }
}
