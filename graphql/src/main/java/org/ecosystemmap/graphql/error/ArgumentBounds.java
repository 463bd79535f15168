package org.ecosystemmap.graphql.error;

/** Checks a numeric argument against its bounds, with the message a client needs to fix it. */
public final class ArgumentBounds {

    private ArgumentBounds() {
    }

    /**
     * The value, or its default when left out, when it lies between min and max.
     *
     * @throws BadRequestException saying the bounds and the value given
     */
    public static int between(String argument, Integer value, int defaultValue, int min, int max) {
        int checked = value == null ? defaultValue : value;
        if (checked < min || checked > max) {
            throw new BadRequestException(argument + " must be between " + min + " and " + max + ", not " + checked);
        }
        return checked;
    }
}
