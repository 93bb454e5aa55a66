package org.yusuan.testkit;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import org.yusuan.testkit.internal.Breakers;
import org.yusuan.testkit.internal.PlanArbitraries;
import org.yusuan.testkit.internal.ValidDisclosure;

/**
 * Disclosures that break exactly one rule of budget-validation (变异: 只违反一条规则), for testing validators: each is a
 * {@link Disclosures#valid()} disclosure with one deliberate change, large enough not to pass for a rounding
 * difference (1.37 in the table's unit) and kept clear of power-of-ten ratios (except for {@code UNIT_SUSPECT}, whose
 * point they are), made so that the disclosure's other sums still hold.
 *
 * <p>Where a rule is about a sum, the other sums a change would also disturb are kept: a changed total moves with
 * its component, a changed row with its totals row, and so on. A change can still be reported by the same rule at
 * more than one place (a 类 row and the 款 under it); {@link BrokenDisclosure#location()} is the place the change
 * was made or the sum it breaks first.
 */
public final class Mutations {

    /** The rule ids {@link #breaking(String)} knows, in the order of budget-validation's rules. */
    public static final List<String> RULES = Breakers.RULES;

    private Mutations() {
    }

    /**
     * Disclosures breaking one rule, each with the place the rule should report.
     *
     * <ul>
     *   <li>{@code CODE_UNKNOWN}: a 表6 款 row given a well-formed economic code of its 类 that the 2024 catalog
     *       lacks.</li>
     *   <li>{@code CODE_NAME_MISMATCH}: a 表6 款 row printed with another name.</li>
     *   <li>{@code ROW_SUM}: 表3 基本支出 raised on a 项 row, its 款 and 类 rows and the totals row (so the column
     *       still adds up), breaking 合计 = 基本支出 + 项目支出 on those rows.</li>
     *   <li>{@code HIERARCHY_SUM}: a 表6 人员经费 款 row raised in 合计 and 人员经费 alone: its 类 row no longer adds
     *       up.</li>
     *   <li>{@code TABLE_TOTAL}: 表3's totals row with 1.37 moved from 基本支出 to 项目支出.</li>
     *   <li>{@code T1_BALANCE}: 表1 收入总计 raised with 本年收入, 单位资金 and 其他收入 (the income side still adds
     *       up), so it no longer equals 支出总计.</li>
     *   <li>{@code T1_INCOME_SUM}: 表1 财政专户核拨 printed, so 本年收入 no longer adds up.</li>
     *   <li>{@code CROSS_TABLE}: 表6 raised on a 人员经费 款, its 类 and its totals row: 表6 adds up but its total no
     *       longer equals 表5's 基本支出 ({@code CROSS_TABLE.T5_T6}).</li>
     *   <li>{@code THREE_PUBLIC_SUM}: 表10's 合计 raised in 合计 and 一般公共预算.</li>
     *   <li>{@code UNIT_SUSPECT}: 表10's 公务接待费 or 公务用车运行费 printed ten thousand times too large (万元 table)
     *       or too small (元 table), with 合计 following, so it disagrees with 表6 by a power of ten.</li>
     *   <li>{@code PERF_WEIGHTS}: one weight of the overall sheet raised by 1.</li>
     *   <li>{@code PERF_PROJECT_MATCH}: a project sheet's 财政拨款 and total raised: it no longer matches 表7.</li>
     *   <li>{@code PERF_FUNDS_SUM}: the overall sheet's total raised alone.</li>
     *   <li>{@code PERF_TARGET_UNPARSED}: an overall indicator's target printed as {@code ≥约九成}.</li>
     *   <li>{@code PERF_COST_UNIT}: a project's cost target in 次 instead of money.</li>
     * </ul>
     *
     * @param ruleId one of {@link #RULES}, not null
     * @return an arbitrary of broken disclosures, never null
     * @throws IllegalArgumentException if no mutation breaks that rule
     * @throws NullPointerException if ruleId is null
     */
    public static Arbitrary<BrokenDisclosure> breaking(String ruleId) {
        Objects.requireNonNull(ruleId, "rule id must not be null");
        Breakers.Breaker breaker = Breakers.of(ruleId);
        return PlanArbitraries.plans().filter(breaker::applies)
                .map(plan -> breaker.apply(ValidDisclosure.of(plan)));
    }
}
