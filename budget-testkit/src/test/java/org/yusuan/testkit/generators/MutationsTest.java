package org.yusuan.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.yusuan.testkit.BrokenDisclosure;
import org.yusuan.testkit.Mutations;

/**
 * {@link Mutations} covers every rule of the brief and says where each break should be reported. Whether the
 * validator agrees is budget-validation's {@code GeneratedDisclosuresValidationTest}.
 */
class MutationsTest {

    @Example
    void everyRuleOfTheContractHasAMutation() {
        assertEquals(List.of("CODE_UNKNOWN", "CODE_NAME_MISMATCH", "ROW_SUM", "HIERARCHY_SUM", "TABLE_TOTAL",
                "T1_BALANCE", "T1_INCOME_SUM", "CROSS_TABLE", "THREE_PUBLIC_SUM", "UNIT_SUSPECT", "PERF_WEIGHTS",
                "PERF_PROJECT_MATCH", "PERF_FUNDS_SUM", "PERF_TARGET_UNPARSED", "PERF_COST_UNIT"), Mutations.RULES);
    }

    @Example
    void anUnknownRuleIsRefusedWithTheKnownOnesNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mutations.breaking("NO_SUCH_RULE"));
        assertTrue(e.getMessage().contains("NO_SUCH_RULE") && e.getMessage().contains("ROW_SUM"), e.getMessage());
    }

    @Provide
    Arbitrary<String> rules() {
        return Arbitraries.of(Mutations.RULES);
    }

    @Property(tries = 150)
    void aBrokenDisclosureNamesItsRuleAndAPlaceInATableOrASheet(@ForAll("rules") String rule) {
        BrokenDisclosure broken = Mutations.breaking(rule).sample();
        assertTrue(broken.rule().equals(rule) || broken.rule().startsWith(rule + "."), broken.rule());
        assertTrue(broken.location().table().isPresent() || broken.location().project().isPresent(),
                () -> rule + " at " + broken.location());
        assertNotEquals(broken.disclosure(), Mutations.breaking(rule).sample().disclosure(),
                "two samples of a mutation differ (the generator is not stuck on one disclosure)");
    }
}
