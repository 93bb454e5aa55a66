package org.yusuan.testkit.internal;

/** Splits an amount into parts by weight, exactly: the parts always add up to the whole. */
final class Allocation {

    private Allocation() {
    }

    /**
     * Splits a whole into parts proportional to the weights, each part first given the floor (when the whole
     * allows it), the rest shared by cumulative rounding down so that nothing is lost.
     *
     * @param whole the amount to split, not negative
     * @param weights the weights, each positive
     * @param floor the least each part gets when the whole is at least {@code floor * weights.length}
     * @return the parts, adding up to the whole
     */
    static long[] split(long whole, int[] weights, long floor) {
        int n = weights.length;
        long[] parts = new long[n];
        long base = whole >= floor * n ? floor : 0;
        long rest = whole - base * n;
        long weightTotal = 0;
        for (int w : weights) {
            weightTotal += w;
        }
        long cumulativeWeight = 0;
        long given = 0;
        for (int i = 0; i < n; i++) {
            cumulativeWeight += weights[i];
            long upTo = Math.multiplyExact(rest, cumulativeWeight) / weightTotal;
            parts[i] = base + upTo - given;
            given = upTo;
        }
        return parts;
    }
}
