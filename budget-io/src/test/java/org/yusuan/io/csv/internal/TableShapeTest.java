package org.yusuan.io.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenseItem;

/** The names the CSV shapes read by are unambiguous, so a header or cell can never match two things. */
class TableShapeTest {

    @Test
    void everyHeaderNameOfATableIsUniqueInBothLanguages() {
        for (TableKind kind : TableKind.values()) {
            TableShape shape = TableShape.of(kind);
            List<String> names = new ArrayList<>();
            shape.descriptors().forEach(d -> {
                names.add(d.label());
                names.add(d.englishLabel());
            });
            shape.amountColumns().forEach((zh, en) -> {
                names.add(zh);
                if (!en.equals(zh)) {
                    names.add(en);
                }
            });
            assertEquals(names.size(), new HashSet<>(names).size(), kind + ": " + names);
        }
    }

    @Test
    void sectionColumnsSharingAFileColumnShareItsNames() {
        for (TableKind kind : TableKind.values()) {
            TableShape shape = TableShape.of(kind);
            for (TableShape.Section section : shape.sections()) {
                for (Enum<?> column : section.columnConstants()) {
                    assertEquals(shape.amountColumns().get(TableShape.label(column)), TableShape.englishLabel(column),
                            kind + " " + column);
                    assertEquals(column, section.column(TableShape.englishLabel(column)).orElseThrow());
                }
            }
        }
    }

    @Test
    void everyStandardItemIsFoundByEachOfItsNames() {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(IncomeItem.class,
                FiscalIncomeItem.class, ThreePublicExpenseItem.class)) {
            Set<String> seen = new HashSet<>();
            for (Enum<?> item : type.getEnumConstants()) {
                assertEquals(item, TableShape.item(type, TableShape.itemLabel(item)).orElseThrow());
                assertEquals(item, TableShape.item(type, TableShape.itemEnglishLabel(item)).orElseThrow());
                assertEquals(item, TableShape.item(type, item.name()).orElseThrow());
                assertTrue(seen.add(TableShape.itemLabel(item)) && seen.add(TableShape.itemEnglishLabel(item)),
                        item.name());
            }
        }
    }

    @Test
    void fileNamesAreStableAndAscii() {
        assertEquals("t01-revenue-expenditure-summary.csv",
                TableShape.of(TableKind.REVENUE_EXPENDITURE_SUMMARY).fileName());
        assertEquals("t10-three-public-expenses.csv", TableShape.of(TableKind.THREE_PUBLIC_EXPENSES).fileName());
        for (TableKind kind : TableKind.values()) {
            assertTrue(TableShape.of(kind).fileName().matches("t\\d\\d-[a-z-]+\\.csv"), kind.name());
        }
    }
}
