package org.yusuan.model.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.codes.EconomicCode;

/** Each table's columns are those of the template, with labels unique within the table. */
class AmountColumnTest {

    static Stream<Arguments> columnSets() {
        return Stream.of(
                Arguments.of(SummaryColumn.class, 1),
                Arguments.of(RevenueColumn.class, 12),
                Arguments.of(ExpenditureColumn.class, 3),
                Arguments.of(FiscalIncomeColumn.class, 1),
                Arguments.of(FiscalExpenditureColumn.class, 4),
                Arguments.of(BasicExpenditureColumn.class, 3),
                Arguments.of(ProjectExpenditureColumn.class, 11),
                Arguments.of(FundExpenditureColumn.class, 4),
                Arguments.of(ThreePublicExpenseColumn.class, 4),
                Arguments.of(CarryoverColumn.class, 9));
    }

    @ParameterizedTest(name = "{0} has {1} columns with unique labels")
    @MethodSource("columnSets")
    void everyTableHasItsTemplateColumnsWithUniqueLabels(Class<? extends AmountColumn> type, int count) {
        List<AmountColumn> columns = Arrays.asList(type.getEnumConstants());
        assertEquals(count, columns.size());
        Set<String> qualified = new HashSet<>();
        Set<String> english = new HashSet<>();
        for (AmountColumn column : columns) {
            assertTrue(qualified.add(column.qualifiedLabel()), column.qualifiedLabel() + " repeats");
            assertTrue(english.add(column.englishLabel()), column.englishLabel() + " repeats");
        }
    }

    @Test
    void qualifiedLabelsTellTheRepeatedHeadersOfTable11Apart() {
        assertEquals("人员经费", CarryoverColumn.FISCAL_PERSONNEL.label());
        assertEquals("财政拨款/基本支出/人员经费", CarryoverColumn.FISCAL_PERSONNEL.qualifiedLabel());
        assertEquals("非财政拨款/基本支出/人员经费", CarryoverColumn.NON_FISCAL_PERSONNEL.qualifiedLabel());
        assertEquals("总计", CarryoverColumn.TOTAL.qualifiedLabel());
    }

    @Test
    void theProjectColumnsOfTable7AreTheTenEconomicCategories() {
        assertEquals(Optional.empty(), ProjectExpenditureColumn.TOTAL.economicCategory());
        List<String> categories = Arrays.stream(ProjectExpenditureColumn.values())
                .map(ProjectExpenditureColumn::economicCategory).flatMap(Optional::stream)
                .peek(code -> assertEquals(ClassificationLevel.CATEGORY, code.level()))
                .map(EconomicCode::digits).toList();
        assertEquals(List.of("301", "302", "303", "307", "309", "310", "311", "312", "313", "399"), categories);
        assertEquals("商品和服务支出", ProjectExpenditureColumn.GOODS_AND_SERVICES.label());
    }

    @Test
    void itemsKnowWhatTheyArePartOf() {
        assertTrue(IncomeItem.GENERAL_FINANCIAL_RESOURCES.isPartOf(IncomeItem.CURRENT_YEAR_INCOME));
        assertFalse(IncomeItem.FISCAL_CARRYOVER_GENERAL_PUBLIC_BUDGET.isPartOf(IncomeItem.CURRENT_YEAR_INCOME));
        assertEquals(Optional.of(ThreePublicExpenseItem.OFFICIAL_VEHICLES),
                ThreePublicExpenseItem.VEHICLE_PURCHASE.parent());
        assertEquals(Optional.empty(), FiscalIncomeItem.PRIOR_YEAR_CARRYOVER.parent());
    }
}
