package org.yusuan.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import org.yusuan.codes.ClassificationLevel;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.TableSection;
import org.yusuan.testkit.Disclosures;

/**
 * Shrinking stays meaningful: a failure found on a large disclosure shrinks to a small one that still shows it.
 * The test shrinks greedily through jqwik's own shrinking candidates, as a failing property would.
 */
class ShrinkingTest {

    private static final int GEN_SIZE = 1000;
    private static final int MAX_STEPS = 5_000;

    @Example
    void aFailureThatNeedsOnePrintedRowShrinksToOneTableWithOneRowAndNothingElse() {
        BudgetDisclosure small = shrink(Disclosures.any(), d -> rows(d) >= 1, 42L);
        assertEquals(1, rows(small), () -> "shrunk to " + small);
        assertTrue(small.getNarrativeSections().isEmpty(), () -> "shrunk to " + small);
        assertTrue(small.getOverallPerformanceTargets().isEmpty(), () -> "shrunk to " + small);
        assertTrue(small.getProjectPerformanceTargets().isEmpty(), () -> "shrunk to " + small);
        assertEquals(1, small.tables().stream().filter(t -> !t.isDeclaredEmpty()).count(), () -> "shrunk to " + small);
    }

    @Example
    void aFailureThatNeedsTwoProjectsShrinksToTwoProjectsUnderOneFunctionalItem() {
        BudgetDisclosure small = shrink(Disclosures.valid(), d -> projects(d) >= 2, 7L);
        assertEquals(2, projects(small), () -> "shrunk to " + small);
        long items = small.getExpenditureSummary().orElseThrow().getRows().stream()
                .filter(r -> r.getCode().map(c -> c.level() == ClassificationLevel.ITEM).orElse(false)).count();
        assertEquals(1, items, () -> "shrunk to " + small);
        assertEquals(2, small.getProjectPerformanceTargets().size());
    }

    private static long rows(BudgetDisclosure d) {
        long n = 0;
        for (BudgetTable table : d.tables()) {
            for (TableSection<?> section : table.sections()) {
                n += section.getRows().size();
            }
        }
        return n;
    }

    private static long projects(BudgetDisclosure d) {
        return d.getGeneralBudgetProjectExpenditure().map(t -> t.getRows().stream()
                .filter(r -> r.getRowKind() == ProjectRowKind.PROJECT).count()).orElse(0L);
    }

    /** Finds a failing value, then keeps taking the first shrinking candidate that still fails. */
    private static <T> T shrink(Arbitrary<T> arbitrary, Predicate<T> fails, long seed) {
        RandomGenerator<T> generator = arbitrary.generator(GEN_SIZE);
        Random random = new Random(seed);
        Shrinkable<T> current = null;
        for (int i = 0; i < MAX_STEPS && current == null; i++) {
            Shrinkable<T> candidate = generator.next(random);
            if (fails.test(candidate.value())) {
                current = candidate;
            }
        }
        assertTrue(current != null, "no failing value generated");
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<Shrinkable<T>> smaller = current.shrink().limit(500).filter(s -> fails.test(s.value()))
                    .findFirst();
            if (smaller.isEmpty()) {
                return current.value();
            }
            current = smaller.get();
        }
        return current.value();
    }
}
