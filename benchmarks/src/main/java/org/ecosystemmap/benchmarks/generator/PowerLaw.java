package org.ecosystemmap.benchmarks.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws indexes 0..n-1 with power-law weights (rank r weighs 1 / (r + 1)^exponent), the ranks shuffled so
 * that the popular items are spread over the index range. A few items are drawn very often, most rarely:
 * the degree distribution of real collaboration networks.
 */
final class PowerLaw {

    private final double[] cumulative;
    private final SplittableRandom random;

    PowerLaw(int n, double exponent, SplittableRandom random) {
        this.random = random;
        var ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = ranks[i];
            ranks[i] = ranks[j];
            ranks[j] = swap;
        }
        cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1.0 / Math.pow(ranks[i] + 1, exponent);
            cumulative[i] = total;
        }
    }

    int next() {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        return index >= 0 ? index : -index - 1;
    }
}
