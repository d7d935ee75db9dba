package org.dfkg.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;

/**
 * Units in JSR 385 notation, parsed and converted by indriya. Indriya knows the SI units and their
 * prefixes (km, kW, %); plans also measure data (bit, byte), data rates (Mbit/s) and computing power
 * (PFLOP/s), which it lacks, so they are added here as base units with every prefix a plan uses.
 */
public final class Measures {
    private static final SimpleUnitFormat FORMAT = SimpleUnitFormat.getNewInstance(SimpleUnitFormat.Flavor.Default);
    private static final MetricPrefix[] PREFIXES = {MetricPrefix.KILO, MetricPrefix.MEGA, MetricPrefix.GIGA, MetricPrefix.TERA,
            MetricPrefix.PETA, MetricPrefix.EXA};

    static {
        Unit<?> bit = new BaseUnit<>("bit", UnitDimension.parse('B'));
        Unit<?> flop = new BaseUnit<>("FLOP", UnitDimension.parse('F'));
        Unit<?> octet = bit.multiply(8);
        FORMAT.label(bit, "bit");
        FORMAT.label(octet, "B");
        FORMAT.label(flop, "FLOP");
        FORMAT.label(AbstractUnit.ONE.divide(1000), "‰");
        for (MetricPrefix p : PREFIXES) {
            FORMAT.label(bit.prefix(p), p.getSymbol() + "bit");
            FORMAT.label(octet.prefix(p), p.getSymbol() + "B");
            FORMAT.label(flop.prefix(p), p.getSymbol() + "FLOP");
        }
    }

    private Measures() {}

    /** The unit a symbol names; an {@link IllegalArgumentException} naming it when it names none. */
    public static Unit<?> unit(String symbol) {
        try {
            return FORMAT.parse(symbol);
        } catch (MeasurementParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + symbol + "' is not a unit in JSR 385 notation");
        }
    }

    /**
     * {@code value} in unit {@code from} expressed in unit {@code to}, or null when the two measure
     * different things (a length and a share). Either symbol empty: the units convert only when
     * the words they were written with are the same ({@code sameWord}), and then the value is kept.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static BigDecimal convert(BigDecimal value, String from, String to, boolean sameWord) {
        if (from.isEmpty() || to.isEmpty()) return sameWord ? value : null;
        Unit f = unit(from);
        Unit t = unit(to);
        if (!f.isCompatible(t)) return null;
        if (f.equals(t)) return value;
        Number n = Quantities.getQuantity(value, f).to(t).getValue();
        return (n instanceof BigDecimal b ? b : new BigDecimal(n.toString())).round(MathContext.DECIMAL64).stripTrailingZeros();
    }
}
