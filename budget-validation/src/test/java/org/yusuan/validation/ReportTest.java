package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableKind;
import org.yusuan.testkit.Fixtures;

/** Reports filter, count and serialize; findings render in Chinese and English from the bundles. */
class ReportTest {

    private static final Finding ROW_SUM = new Finding(Rules.ROW_SUM, Severity.ERROR,
            Optional.of(TableKind.EXPENDITURE_SUMMARY), Optional.of("2010301"), Optional.of("行政运行"),
            Optional.empty(), Optional.of("合计"), Optional.of(new BigDecimal("90.00")),
            Optional.of(new BigDecimal("100.00")), Optional.of(new BigDecimal("10.00")), false,
            Optional.of(MoneyUnit.TEN_THOUSAND_YUAN), Optional.empty(), List.of());

    @Test
    void aFindingRendersInChineseAndEnglish() {
        assertEquals("[错误] 表3 支出总体情况表，“2010301 行政运行”行，“合计”列：合计 100.00 与各分项之和 90.00 不符，差额 +10.00 万元"
                + " (ROW_SUM)", ROW_SUM.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(ROW_SUM.message(Locale.CHINESE), ROW_SUM.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("[error] Table 3 (支出总体情况表), row \"2010301 行政运行\", column \"合计\": total 100.00 differs from the"
                + " sum of its parts 90.00 by +10.00 万元 (ROW_SUM)", ROW_SUM.message(Locale.ENGLISH));
        assertEquals(ROW_SUM.message(Locale.ENGLISH), ROW_SUM.message(Locale.GERMAN));
    }

    @Test
    void everyRuleAndDetailHasASentenceInBothBundles() throws Exception {
        for (String bundle : List.of("findings_zh_CN", "findings_en")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/org/yusuan/validation/" + bundle + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String rule : Rules.ALL) {
                assertTrue(p.stringPropertyNames().stream().anyMatch(k -> k.equals(rule) || k.startsWith(rule + ".")),
                        () -> bundle + " has no sentence for " + rule);
            }
        }
    }

    @Test
    void reportsFilterAndCount() {
        ValidationReport report = DisclosureValidator.standard().validate(Fixtures.korlaCityGovOffice());
        assertFalse(report.hasErrors());
        assertEquals(report.findings().size(), report.count(Severity.ERROR) + report.count(Severity.WARNING)
                + report.count(Severity.INFO));
        ValidationReport warnings = report.filter(f -> f.severity() == Severity.WARNING);
        assertEquals(report.count(Severity.WARNING), warnings.findings().size());
        assertEquals(report.findings().size(),
                report.countByRule().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(new ValidationReport(List.of()).isEmpty());
        assertTrue(new ValidationReport(List.of(ROW_SUM)).hasErrors());
    }

    @Test
    void reportsSerializeAsPlainJson() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module());
        JsonNode tree = json.readTree(json.writeValueAsString(new ValidationReport(List.of(ROW_SUM))));
        JsonNode f = tree.get("findings").get(0);
        assertEquals("ROW_SUM", f.get("rule").asText());
        assertEquals("ERROR", f.get("severity").asText());
        assertEquals("EXPENDITURE_SUMMARY", f.get("table").asText());
        assertEquals("2010301", f.get("code").asText());
        assertEquals(0, new BigDecimal("10.00").compareTo(f.get("difference").decimalValue()));
        assertEquals("TEN_THOUSAND_YUAN", f.get("unit").asText());
        assertTrue(f.get("project").isNull());
    }
}
