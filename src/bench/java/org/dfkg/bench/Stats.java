package org.dfkg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median, minimum and maximum of repeated measurements. */
public record Stats(double median, double min, double max, int count) {
    public static Stats of(List<Double> values) {
        if (values.isEmpty()) return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.getFirst(), sorted.getLast(), n);
    }

    public String text(String format) {
        return String.format(Locale.ROOT, format + " [" + format + "–" + format + "]", median, min, max);
    }

    /**
     * The exponent b of y = a·x^b fitted by least squares on logarithms: 1 is linear growth.
     */
    public static double growthExponent(List<Double> x, List<Double> y) {
        int n = x.size();
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(x.get(i)) / n;
            my += Math.log(y.get(i)) / n;
        }
        double num = 0, den = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x.get(i)) - mx;
            num += dx * (Math.log(y.get(i)) - my);
            den += dx * dx;
        }
        return num / den;
    }
}
