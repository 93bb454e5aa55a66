package org.yusuan.testkit.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yusuan.codes.CatalogEntry;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.EntityKind;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.ProjectExpenditureColumn;

/**
 * The leaf amounts of a consistent budget, from which {@link ValidDisclosure} derives every table and total.
 * Amounts are whole hundredths of 万元 (0.01 万元, "cents"), never negative; tables in 元 print them times 100 元.
 *
 * @param entityName the disclosing entity
 * @param kind department or unit
 * @param unit the unit every table prints
 * @param subUnits the budget units (at least one), the entity first
 * @param leaves the functional 项 the budget spends on, in code order, distinct
 * @param projects the general public budget projects (表7)
 * @param personnel the economic 款 of 人员经费 (301, 303) with their amounts
 * @param publicExpenses the economic 款 of 公用经费 (302) with their amounts, 三公 items included
 * @param threePublic the three public expenses
 * @param style how the disclosure prints what the plan leaves open
 */
public record Plan(String entityName, EntityKind kind, MoneyUnit unit, List<String> subUnits, List<Leaf> leaves,
        List<Project> projects, List<EconomicAmount> personnel, List<EconomicAmount> publicExpenses,
        ThreePublic threePublic, Style style) {

    /**
     * The amounts of one functional 项, by source of funds and basic/project, except the general public budget
     * projects, which {@link Project} holds.
     *
     * @param entry the 项 and its catalog name
     * @param gPersonnel general public budget basic personnel (一般公共预算 人员经费)
     * @param gPublic general public budget basic public expenses (公用经费)
     * @param fund government fund budget (政府性基金预算): personnel, public, project
     * @param capital state capital operation budget (国有资本经营预算): personnel, public, project
     * @param unitBasic unit funds (单位资金) spent on basic expenditure
     * @param unitProject unit funds spent on projects
     * @param carryover non-fiscal carry-over (非财政拨款结转结余): personnel, public, project
     */
    public record Leaf(CatalogEntry<FunctionalCode> entry, long gPersonnel, long gPublic, Split fund, Split capital,
            long unitBasic, long unitProject, Split carryover) {
    }

    /**
     * Personnel, public and project amounts of one source of funds.
     *
     * @param personnel 人员经费
     * @param publicExpenses 公用经费
     * @param project 项目支出
     */
    public record Split(long personnel, long publicExpenses, long project) {
        /** Nothing. */
        public static final Split ZERO = new Split(0, 0, 0);

        /** @return personnel plus public expenses */
        public long basic() {
            return personnel + publicExpenses;
        }

        /** @return everything */
        public long total() {
            return basic() + project;
        }
    }

    /**
     * One general public budget project of 表7.
     *
     * @param name the project name, unique in the plan
     * @param subUnit the budget unit that runs it
     * @param leaf the functional 项 it is classified under
     * @param amounts its amounts by economic 类 column (no TOTAL), each positive
     */
    public record Project(String name, String subUnit, CatalogEntry<FunctionalCode> leaf,
            Map<ProjectExpenditureColumn, Long> amounts) {

        /** Copies the amounts into an enum map. */
        public Project {
            amounts = Map.copyOf(new EnumMap<>(amounts));
        }

        /** @return the project's total */
        public long total() {
            return amounts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * An economic 款 with an amount.
     *
     * @param entry the 款 and its catalog name
     * @param amount the amount
     */
    public record EconomicAmount(CatalogEntry<EconomicCode> entry, long amount) {
    }

    /**
     * The three public expenses (三公经费), all from the general public budget.
     *
     * @param overseas 因公出国（境）费
     * @param reception 公务接待费 (= 表6 30217)
     * @param vehiclePurchase 公务用车购置费
     * @param vehicleOperation 公务用车运行费 (= 表6 30231)
     */
    public record ThreePublic(long overseas, long reception, long vehiclePurchase, long vehicleOperation) {
        /** @return all four */
        public long total() {
            return overseas + reception + vehiclePurchase + vehicleOperation;
        }
    }

    /**
     * Printing choices that do not change the amounts.
     *
     * @param zeroAsBlank whether a zero amount prints as a blank cell (else as 0.00)
     * @param allCategories whether 表1 and 表4 list every functional 类 (else only those with amounts)
     * @param businessShare tenths of unit funds shown as 事业收入 (the rest as 其他收入)
     */
    public record Style(boolean zeroAsBlank, boolean allCategories, int businessShare) {
    }

    /** @return the general public budget project amount of a leaf */
    long gProject(Leaf leaf) {
        return projects.stream().filter(p -> p.leaf().code().equals(leaf.entry().code()))
                .mapToLong(Project::total).sum();
    }
}
