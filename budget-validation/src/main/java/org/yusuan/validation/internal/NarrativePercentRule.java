package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.matters.RunningCosts;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#NARRATIVE_PERCENT}: a percentage the narrative states that its own amounts do not give, at the
 * precision printed.
 *
 * <ul>
 *   <li>{@code X 万元，占 P%}: P = X / base, the base being the last amount introduced by 其中 earlier in the same
 *       section (detail {@code share}); a share that is exactly X's share of another amount stated earlier in the
 *       section is taken to be about that amount.</li>
 *   <li>{@code X 万元，比上年预算增加 A 万元，增长 P%}: P = A / (X − A) (减少/下降: A / (X + A)) (detail {@code
 *       change}); the same for 机关运行经费 in 其他重要事项.</li>
 *   <li>{@code 增加 0.00 万元，增长 P%} with P not zero, and 增加 with 下降 or 减少 with 增长 (detail {@code
 *       direction}).</li>
 * </ul>
 *
 * A difference of one unit in the last printed digit is INFO with rounding (documents adjust shares so that they
 * total 100%); more is a WARNING.
 */
final class NarrativePercentRule implements Rule {

    static final Narrative.Scan BASE_SEARCH = new Narrative.HandSearch(PercentStatements.BASE,
            amountThen(false, "其中"), "其中", "万元");
    static final Narrative.Scan SHARE_SEARCH = new Narrative.HandSearch(PercentStatements.SHARE,
            amountThen(true, "占"), "占", "万元", "%");
    static final Narrative.Scan CHANGE_SEARCH = new Narrative.HandSearch(PercentStatements.CHANGE,
            amountThen(true, "占", "比上年"), "比上年", "万元", "%");
    static final Narrative.Scan DIRECTION_SEARCH = new Narrative.HandSearch(PercentStatements.DIRECTION,
            Narrative.Starts.words("增加", "减少"), "%", "万元");

    /** Starts of a pattern that begins with an amount in 万元 followed by a comma (or not) and one of the words. */
    private static Narrative.Starts amountThen(boolean comma, String... words) {
        return Narrative.Starts.digitsBefore("万元", Narrative.AMOUNT_RUN, Narrative.Then.comma(comma, words));
    }

    @Override
    public List<String> ids() {
        return List.of(Rules.NARRATIVE_PERCENT);
    }

    @Override
    public void check(Context context) {
        for (NarrativeSection section : context.disclosure().getNarrativeSections()) {
            String text = section.getText();
            List<Narrative.Amount> amounts = new java.util.ArrayList<>();
            List<Integer> basePositions = new java.util.ArrayList<>();
            List<BigDecimal> bases = new java.util.ArrayList<>();
            BASE_SEARCH.find(text, b -> {
                basePositions.add(b.start());
                bases.add(Narrative.number(b.group(1)));
            });
            SHARE_SEARCH.find(text, share -> {
                BigDecimal base = null;
                for (int i = 0; i < basePositions.size() && basePositions.get(i) < share.start(); i++) {
                    base = bases.get(i);
                }
                if (base == null || base.signum() == 0) {
                    return;
                }
                BigDecimal part = Narrative.number(share.group(1));
                BigDecimal printed = Narrative.number(share.group(2));
                if (!sharesOfBase(part, base, printed)) {
                    if (amounts.isEmpty()) {
                        Narrative.findAmounts(text, 0, text.length(), amounts::add);
                    }
                    if (sharesOfEarlierAmount(amounts, share.start(), part, printed)) {
                        return;
                    }
                }
                percent(context, part, base, printed, "share", () -> Narrative.quote(text, share.start(), share.end()));
            });
            CHANGE_SEARCH.find(text, change -> {
                BigDecimal amount = Narrative.number(change.group(1));
                BigDecimal delta = Narrative.number(change.group(3));
                boolean up = "增加".equals(change.group(2));
                BigDecimal previous = up ? amount.subtract(delta) : amount.add(delta);
                if (previous.signum() > 0) {
                    percent(context, delta, previous, Narrative.number(change.group(5)), "change",
                            () -> Narrative.quote(text, change.start(), change.end()));
                }
            });
            DIRECTION_SEARCH.find(text, direction -> {
                boolean up = "增加".equals(direction.group(1));
                boolean grows = "增长".equals(direction.group(3));
                BigDecimal delta = Narrative.number(direction.group(2));
                BigDecimal pct = Narrative.number(direction.group(4));
                boolean contradiction = delta.signum() != 0 && pct.signum() != 0 && up != grows;
                boolean zeroChange = delta.signum() == 0 && pct.signum() != 0;
                if (contradiction || zeroChange) {
                    context.add(Rules.NARRATIVE_PERCENT, Severity.WARNING, Where.DISCLOSURE, null, pct, false, null,
                            "direction", Narrative.quote(text, direction.start(), direction.end()));
                }
            });
        }
        context.disclosure().getOtherMatters().flatMap(m -> m.getRunningCosts()).ifPresent(r -> runningCosts(context, r));
    }

    private static boolean sharesOfBase(BigDecimal part, BigDecimal base, BigDecimal printed) {
        int scale = Math.max(printed.scale(), 0);
        BigDecimal computed = part.multiply(BigDecimal.valueOf(100)).divide(base, scale, RoundingMode.HALF_UP);
        return computed.subtract(printed).abs().compareTo(BigDecimal.ONE.movePointLeft(scale)) <= 0;
    }

    /**
     * Whether the share is exactly that of the amount among the ones stated earlier in the section (所占比例 of a
     * budget named just before, such as transfers that are 100% of the 国有资本经营预算): then the sentence is about
     * that amount, not about the section's 其中 base.
     */
    private static boolean sharesOfEarlierAmount(List<Narrative.Amount> amounts, int end, BigDecimal part,
            BigDecimal printed) {
        // The amounts of [0, end) are those of the whole section that end by then: each is read from the text before
        // its 万元 and after the previous one.
        for (Narrative.Amount m : amounts) {
            if (m.end() > end) {
                break;
            }
            BigDecimal candidate = Narrative.number(m.number());
            if (candidate.signum() > 0 && sharesOfBase(part, candidate, printed)) {
                return true;
            }
        }
        return false;
    }

    private static void runningCosts(Context context, RunningCosts r) {
        if (r.getChangeAmount().isEmpty() || r.getChangePercent().isEmpty()) {
            return;
        }
        BigDecimal delta = r.getChangeAmount().get();
        BigDecimal previous = r.getAmount().subtract(delta);
        if (previous.signum() > 0) {
            percent(context, delta.abs(), previous, r.getChangePercent().get().abs(), "change",
                    () -> r.getKind().label() + " " + r.getAmount().toPlainString() + r.getUnit().label());
        }
    }

    /** Compares a printed percentage; the quote is made only for a finding. */
    private static void percent(Context context, BigDecimal part, BigDecimal whole, BigDecimal printed, String detail,
            Supplier<String> quote) {
        int scale = Math.max(printed.scale(), 0);
        BigDecimal computed = part.multiply(BigDecimal.valueOf(100)).divide(whole, scale, RoundingMode.HALF_UP);
        if (computed.compareTo(printed) == 0) {
            return;
        }
        BigDecimal unitInLastPlace = BigDecimal.ONE.movePointLeft(scale);
        boolean rounding = printed.subtract(computed).abs().compareTo(unitInLastPlace) <= 0;
        if (rounding && !context.settings().reportRounding()) {
            return;
        }
        context.add(Rules.NARRATIVE_PERCENT, rounding ? Severity.INFO : Severity.WARNING, Where.DISCLOSURE,
                computed, printed, rounding, null, detail, quote.get(), part.toPlainString(), whole.toPlainString());
    }
}
