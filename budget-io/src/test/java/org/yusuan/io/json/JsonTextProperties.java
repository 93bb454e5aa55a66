package org.yusuan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.performance.FirstLevelCategory;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.SecondLevelCategory;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;

/**
 * Text that is hard for JSON in particular survives every way of writing and reading: control characters, U+2028 and
 * U+2029 (line separators to JavaScript), a byte order mark inside text, characters beyond the Basic Multilingual
 * Plane, and any other character of the BMP. (The testkit's {@code Disclosures.any()} covers text that is hard for
 * CSV and spreadsheets.)
 */
class JsonTextProperties {

    private final BudgetJson json = BudgetJson.standard();

    @Property(tries = 300)
    void anyTextSurvivesJsonAndJsonLinesUnchanged(@ForAll("texts") String text) throws IOException {
        BudgetDisclosure disclosure = withText(text);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter writer = json.writeLines(bytes)) {
            writer.write(disclosure);
        }
        List<BudgetDisclosure> lines;
        try (JsonLinesReader reader = json.readLines(new ByteArrayInputStream(bytes.toByteArray()), "text.jsonl")) {
            lines = reader.stream().toList();
        }

        assertEquals(disclosure, json.read(json.write(disclosure), "text.json"));
        assertEquals(List.of(disclosure), lines);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> hazards = Arbitraries.of("\u0000", "\u001f", "\u007f", "\u2028\u2029", "\uFEFF", "\"\\/",
                "𠀀𪚥", "😀", "\r", "\n\n", "</script>", "\t");
        Arbitrary<String> bmp = Arbitraries.strings()
                .withCharRange('\u0000', '\uD7FF')
                .withCharRange('\uE000', '\uFFFF')
                .ofMaxLength(40);
        Arbitrary<String> mixed = Arbitraries.of("", "前", "a").flatMap(head -> hazards.list().ofMaxSize(4)
                .map(parts -> head + String.join("", parts)));
        return Arbitraries.frequencyOf(Tuple.of(2, hazards), Tuple.of(3, bmp), Tuple.of(2, mixed));
    }

    private static BudgetDisclosure withText(String text) {
        PerformanceIndicator indicator = PerformanceIndicator.builder()
                .firstLevel(FirstLevelCategory.parse(text))
                .secondLevel(SecondLevelCategory.parse(text))
                .name(text)
                .target(TargetValue.parse(text))
                .basis(text)
                .build();
        return BudgetDisclosure.builder()
                .entityName(text)
                .entityKind(EntityKind.UNIT)
                .fiscalYear(2024)
                .addSubUnits(text)
                .expenditureSummary(ExpenditureSummary.builder().unit(MoneyUnit.YUAN).emptyNote(text)
                        .addRows(ExpenditureRow.builder().name(text).build()).build())
                .addNarrativeSections(NarrativeSection.builder().title(text).text(text).build())
                .addProjectPerformanceTargets(ProjectPerformanceTarget.builder()
                        .budgetUnit(text).projectName(text).overallGoal(text)
                        .funding(ProjectFunding.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                                .total(BigDecimal.ONE).fiscalAppropriation(BigDecimal.ONE)
                                .otherFunds(BigDecimal.ZERO).build())
                        .addIndicators(indicator)
                        .build())
                .build();
    }
}
