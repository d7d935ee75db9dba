package org.dfkg.eval;

/** Precision, recall and F1 for one gold file, with the counts behind them. */
public record Score(String name, double precision, double recall, double f1, int truePositives, int falsePositives, int falseNegatives) {
    public String line() {
        return String.format("%-14s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", name, precision, recall, f1, truePositives, falsePositives, falseNegatives);
    }

    static Score of(String name, int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(name, p, r, f, tp, fp, fn);
    }
}
