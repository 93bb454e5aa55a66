package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.testkit.Fixtures;

/**
 * The findings of the first real disclosure (库尔勒市人民政府办公室 2024 年部门预算公开, hand-built in the testkit),
 * pinned: docs/rules.md quotes them as examples. Each was checked against the printed document.
 */
class KorlaCityGovOfficeFindingsTest {

    static String line(Finding f) {
        return String.join(" | ", f.rule(), f.severity().name(),
                f.table().map(t -> "表" + t.number()).orElse("-"),
                f.code().orElse("-"), f.name().orElse("-"), f.project().orElse("-"), f.column().orElse("-"),
                f.expected().map(v -> v.toPlainString()).orElse("-") + " -> "
                        + f.actual().map(v -> v.toPlainString()).orElse("-"),
                f.rounding() ? "rounding" : "-", f.detail().orElse("-"), String.join(",", f.arguments()));
    }

    @Test
    void theDocumentIsConsistentButForRoundingANameAndAProjectTitle() {
        ValidationReport report = DisclosureValidator.standard().validate(Fixtures.korlaCityGovOffice());
        assertEquals(List.of(
                // 206 04 is printed 技术与开发 in 表2, 表3, 表5 and 表7; the 2024 catalog says 技术研究与开发.
                "CODE_NAME_MISMATCH | WARNING | 表2 | 20604 | 技术与开发 | - | - | - -> - | - | - | 技术研究与开发",
                "CODE_NAME_MISMATCH | WARNING | 表3 | 20604 | 技术与开发 | - | - | - -> - | - | - | 技术研究与开发",
                "CODE_NAME_MISMATCH | WARNING | 表5 | 20604 | 技术与开发 | - | - | - -> - | - | - | 技术研究与开发",
                "CODE_NAME_MISMATCH | WARNING | 表7 | 20604 | 技术与开发 | - | - | - -> - | - | - | 技术研究与开发",
                // 表6 总计: 人员经费 1,031.95 + 公用经费 59.92 = 1,091.87, printed 1,091.86.
                "ROW_SUM | INFO | 表6 | - | 总计 | - | 合计 | 1091.87 -> 1091.86 | rounding | - | ",
                // 表6 301 工资福利支出: its ten 款 add up to 968.22, printed 968.21.
                "HIERARCHY_SUM | INFO | 表6 | 301 | 工资福利支出 | - | 合计 | 968.22 -> 968.21 | rounding | - | 10",
                "HIERARCHY_SUM | INFO | 表6 | 301 | 工资福利支出 | - | 人员经费 | 968.22 -> 968.21 | rounding | - | 10",
                // The six 类 add up to 1,491.87 (basic 1,091.87) in 表2, 表3, 表5, 表1 and 表4; every 总计 prints 1,491.86.
                "TABLE_TOTAL | INFO | 表2 | - | 总计 | - | 总计 | 1491.87 -> 1491.86 | rounding | - | 6",
                "TABLE_TOTAL | INFO | 表2 | - | 总计 | - | 财政拨款（补助）/财政拨款（补助）小计 | 1491.87 -> 1491.86 | rounding | - | 6",
                "TABLE_TOTAL | INFO | 表2 | - | 总计 | - | 财政拨款（补助）/一般公共预算 | 1491.87 -> 1491.86 | rounding | - | 6",
                "TABLE_TOTAL | INFO | 表3 | - | 总计 | - | 合计 | 1491.87 -> 1491.86 | rounding | - | 6",
                "TABLE_TOTAL | INFO | 表3 | - | 总计 | - | 基本支出 | 1091.87 -> 1091.86 | rounding | - | 6",
                "TABLE_TOTAL | INFO | 表5 | - | 总计 | - | 合计 | 1491.87 -> 1491.86 | rounding | - | 6",
                "TABLE_TOTAL | INFO | 表5 | - | 总计 | - | 基本支出 | 1091.87 -> 1091.86 | rounding | - | 6",
                // 表6 总计 人员经费 1,031.95 against 968.21 + 63.73 = 1,031.94.
                "TABLE_TOTAL | INFO | 表6 | - | 总计 | - | 人员经费 | 1031.94 -> 1031.95 | rounding | - | 3",
                "TABLE_TOTAL | INFO | 表1 | - | 支出总计 | - | 预算数 | 1491.87 -> 1491.86 | rounding | - | 30",
                "TABLE_TOTAL | INFO | 表4 | - | 支出总计 | - | 合计 | 1491.87 -> 1491.86 | rounding | - | 30",
                "TABLE_TOTAL | INFO | 表4 | - | 支出总计 | - | 一般公共预算 | 1491.87 -> 1491.86 | rounding | - | 30",
                // The sheet 部门专项-库尔勒市行政服务中心业务运行经费 (10.00) is 表7's 部门专项-业务运行经费 (10.00).
                "PERF_PROJECT_MATCH | WARNING | 表7 | - | - | 部门专项-库尔勒市行政服务中心业务运行经费 | - | - -> - | - | name"
                        + " | 部门专项-业务运行经费",
                // 839.02 / 1,491.86 = 56.24%, printed 56.25% so that the six shares total 100.00%.
                "NARRATIVE_PERCENT | INFO | - | - | - | - | - | 56.24 -> 56.25 | rounding | share"
                        + " | 1、一般公共服务支出（类）839.02 万元，占 56.25%,839.02,1491.86"),
                report.findings().stream().map(KorlaCityGovOfficeFindingsTest::line).toList());
        assertEquals(0, report.count(Severity.ERROR));
        assertEquals(5, report.count(Severity.WARNING));
    }
}
