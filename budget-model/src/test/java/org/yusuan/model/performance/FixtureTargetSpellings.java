package org.yusuan.model.performance;

import static org.yusuan.model.performance.TargetComparator.EQUAL;
import static org.yusuan.model.performance.TargetComparator.GREATER_OR_EQUAL;
import static org.yusuan.model.performance.TargetComparator.LESS_OR_EQUAL;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every indicator value (指标值) printed in the three fixtures (copied into this module's test resources under {@code fixtures/disclosures/}), with
 * what it must read as. Collected by reading the 指标值 column of every 整体 and 项目 sheet; each spelling once.
 */
final class FixtureTargetSpellings {

    /** One printed target and its expected reading; a null comparator marks a qualitative target. */
    static final class Spelling {
        final String printed;
        final TargetComparator comparator;
        final String number;
        final String unit;

        Spelling(String printed, TargetComparator comparator, String number, String unit) {
            this.printed = printed;
            this.comparator = comparator;
            this.number = number;
            this.unit = unit;
        }

        @Override
        public String toString() {
            return printed;
        }
    }

    static final List<Spelling> QUANTITATIVE = List.of(
            // ≥ spelled >= (all three files)
            q(">=95%", GREATER_OR_EQUAL, "95", "%"),
            q(">=90%", GREATER_OR_EQUAL, "90", "%"),
            q(">=97%", GREATER_OR_EQUAL, "97", "%"),
            q(">=98%", GREATER_OR_EQUAL, "98", "%"),
            q(">=95 %", GREATER_OR_EQUAL, "95", "%"),
            q(">=1种", GREATER_OR_EQUAL, "1", "种"),
            q(">=1个", GREATER_OR_EQUAL, "1", "个"),
            q(">=1 个", GREATER_OR_EQUAL, "1", "个"),
            q(">=2个", GREATER_OR_EQUAL, "2", "个"),
            q(">=2 个", GREATER_OR_EQUAL, "2", "个"),
            q(">=5个", GREATER_OR_EQUAL, "5", "个"),
            q(">=53 个", GREATER_OR_EQUAL, "53", "个"),
            q(">=1批次", GREATER_OR_EQUAL, "1", "批次"),
            q(">=2批次", GREATER_OR_EQUAL, "2", "批次"),
            q(">=2 批次", GREATER_OR_EQUAL, "2", "批次"),
            q(">=8批", GREATER_OR_EQUAL, "8", "批"),
            q(">=2次", GREATER_OR_EQUAL, "2", "次"),
            q(">=2 次", GREATER_OR_EQUAL, "2", "次"),
            q(">=4 次", GREATER_OR_EQUAL, "4", "次"),
            q(">=10次", GREATER_OR_EQUAL, "10", "次"),
            q(">=12 次", GREATER_OR_EQUAL, "12", "次"),
            q(">=24 次", GREATER_OR_EQUAL, "24", "次"),
            q(">=30次", GREATER_OR_EQUAL, "30", "次"),
            q(">=150 次", GREATER_OR_EQUAL, "150", "次"),
            q(">=2500 次", GREATER_OR_EQUAL, "2500", "次"),
            q(">=2 场次", GREATER_OR_EQUAL, "2", "场次"),
            q(">=10天", GREATER_OR_EQUAL, "10", "天"),
            q(">=2年", GREATER_OR_EQUAL, "2", "年"),
            q(">=4人", GREATER_OR_EQUAL, "4", "人"),
            q(">=800人", GREATER_OR_EQUAL, "800", "人"),
            q(">=3套", GREATER_OR_EQUAL, "3", "套"),
            q(">=3 项", GREATER_OR_EQUAL, "3", "项"),
            q(">=4 条", GREATER_OR_EQUAL, "4", "条"),
            q(">=1700 通", GREATER_OR_EQUAL, "1700", "通"),
            q(">=1584.33 m ²", GREATER_OR_EQUAL, "1584.33", "m²"),
            // ≥ spelled "> =" (a space in the middle: city gov office)
            q("> =90%", GREATER_OR_EQUAL, "90", "%"),
            q("> =95%", GREATER_OR_EQUAL, "95", "%"),
            q("> =98%", GREATER_OR_EQUAL, "98", "%"),
            q("> =100%", GREATER_OR_EQUAL, "100", "%"),
            // ≥ spelled ≥ (social affairs centre)
            q("≥90%", GREATER_OR_EQUAL, "90", "%"),
            q("≥95%", GREATER_OR_EQUAL, "95", "%"),
            q("≥2 个", GREATER_OR_EQUAL, "2", "个"),
            q("≥ 2 个", GREATER_OR_EQUAL, "2", "个"),
            q("≥3 个", GREATER_OR_EQUAL, "3", "个"),
            q("≥10 次", GREATER_OR_EQUAL, "10", "次"),
            q("≥30 次", GREATER_OR_EQUAL, "30", "次"),
            q("≥10 批", GREATER_OR_EQUAL, "10", "批"),
            q("≥10 天", GREATER_OR_EQUAL, "10", "天"),
            q("≥1000 人", GREATER_OR_EQUAL, "1000", "人"),
            q("≥ 18000 人", GREATER_OR_EQUAL, "18000", "人"),
            q("≥ 1796.83 平方米", GREATER_OR_EQUAL, "1796.83", "平方米"),
            // ≥ and ≤ as LaTeX (social affairs centre)
            q("$\\geq 90\\%$", GREATER_OR_EQUAL, "90", "%"),
            q("$\\geq 95\\%$", GREATER_OR_EQUAL, "95", "%"),
            q("$\\leq 3\\%$", LESS_OR_EQUAL, "3", "%"),
            // ≤ spelled <=
            q("<=10%", LESS_OR_EQUAL, "10", "%"),
            q("<=24 小时", LESS_OR_EQUAL, "24", "小时"),
            q("<=3万元", LESS_OR_EQUAL, "3", "万元"),
            q("<=5万元", LESS_OR_EQUAL, "5", "万元"),
            q("<=6万元", LESS_OR_EQUAL, "6", "万元"),
            q("<=22万元", LESS_OR_EQUAL, "22", "万元"),
            q("<=55万元", LESS_OR_EQUAL, "55", "万元"),
            q("<=50 万元", LESS_OR_EQUAL, "50", "万元"),
            q("<=1.50 万元", LESS_OR_EQUAL, "1.50", "万元"),
            q("<=1.70万元", LESS_OR_EQUAL, "1.70", "万元"),
            q("<=6.20万元", LESS_OR_EQUAL, "6.20", "万元"),
            q("<=8.59万元", LESS_OR_EQUAL, "8.59", "万元"),
            q("<=13.41万元", LESS_OR_EQUAL, "13.41", "万元"),
            q("<=16.59万元", LESS_OR_EQUAL, "16.59", "万元"),
            q("<=17.13万元", LESS_OR_EQUAL, "17.13", "万元"),
            q("<=33.80万元", LESS_OR_EQUAL, "33.80", "万元"),
            q("<=52.38万元", LESS_OR_EQUAL, "52.38", "万元"),
            q("<=5万 元", LESS_OR_EQUAL, "5", "万元"),
            q("<=10万 元", LESS_OR_EQUAL, "10", "万元"),
            q("<=1 万元/ 项", LESS_OR_EQUAL, "1", "万元/项"),
            q("<=75 万元/ 次", LESS_OR_EQUAL, "75", "万元/次"),
            // ≤ spelled "< =", with the number and unit broken by stray spaces (city gov office)
            q("< =454. 55 元/ 人", LESS_OR_EQUAL, "454.55", "元/人"),
            q("< =12.6 7 万元/ /项", LESS_OR_EQUAL, "12.67", "万元/项"),
            // ≤ spelled ≤
            q("≤3万元", LESS_OR_EQUAL, "3", "万元"),
            q("≤7万元", LESS_OR_EQUAL, "7", "万元"),
            q("≤10万元", LESS_OR_EQUAL, "10", "万元"),
            q("≤ 30 万元", LESS_OR_EQUAL, "30", "万元"),
            q("≤ 100 万元", LESS_OR_EQUAL, "100", "万元"),
            // =
            q("=100%", EQUAL, "100", "%"),
            q("=4 次", EQUAL, "4", "次"),
            q("=24 小时", EQUAL, "24", "小时"),
            q("=220 人", EQUAL, "220", "人"),
            q("=8970 平方米", EQUAL, "8970", "平方米"));

    static final List<String> QUALITATIVE = List.of("有所提升", "有效提升", "有所提高", "有所降低", "有所促进");

    private FixtureTargetSpellings() {
    }

    static Stream<String> qualitative() {
        return QUALITATIVE.stream();
    }

    static Set<String> allPrinted() {
        Set<String> all = QUANTITATIVE.stream().map(s -> s.printed).collect(Collectors.toSet());
        all.addAll(QUALITATIVE);
        return all;
    }

    private static Spelling q(String printed, TargetComparator comparator, String number, String unit) {
        return new Spelling(printed, comparator, number, unit);
    }
}
