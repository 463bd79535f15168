package org.ecosystemmap.graphql.pagination;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ecosystemmap.graphql.error.BadRequestException;

/**
 * A requested page: how many items ({@code first}) after which cursor. Cursors are opaque to clients; they
 * encode the position of an item in a stable order.
 */
public record PageRequest(int first, int offset) {

    /** No page holds more than this; larger requests are refused with a clear error. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final String PREFIX = "cursor:";

    public static PageRequest of(Integer first, String after, int defaultSize) {
        int size = first == null ? defaultSize : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("first must be between 0 and " + MAX_PAGE_SIZE + ", not " + size);
        }
        return new PageRequest(size, after == null ? 0 : decode(after) + 1);
    }

    public static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadRequestException("\"" + cursor + "\" is not a cursor of this list: pass pageInfo.endCursor of the previous page as after");
    }
}
