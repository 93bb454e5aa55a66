package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a line of a two-sided table (表1 收支总体情况表, 表4 财政拨款收支预算总体情况表) into its income side (label and
 * amount) and its expenditure side (code and name, amounts). With tabs the cells are at their places; without, the
 * line is read as tokens: the income label runs to its amount or to a three-digit 类 code followed by a name.
 *
 * @param incomeLabel the income label, possibly empty
 * @param incomeAmounts the income amounts (one column), blank cells included when tabbed
 * @param expenditureLabel the expenditure label ({@code 201 一般公共服务支出} or {@code 支出总计}), possibly empty
 * @param expenditureAmounts the expenditure amounts, blank cells included when tabbed
 * @param positional whether expenditure amounts are at their column places
 */
public record SideTokens(String incomeLabel, List<String> incomeAmounts, String expenditureLabel,
        List<String> expenditureAmounts, boolean positional) {

    /**
     * Splits a line.
     *
     * @param line the line
     * @param expenditureColumns how many expenditure amount columns the table has
     * @return the sides, or empty when the line does not have that shape
     */
    public static Optional<SideTokens> of(TextLine line, int expenditureColumns) {
        if (line.tabbed()) {
            List<String> cells = line.cells();
            if (cells.size() < 3) {
                return Optional.empty();
            }
            String income = cells.get(0);
            List<String> incomeAmounts = List.of(cells.get(1));
            String expenditure = cells.get(2);
            if (!incomeAmounts.get(0).isEmpty() && !Amounts.isAmount(incomeAmounts.get(0))) {
                return Optional.empty();
            }
            List<String> amounts = new ArrayList<>(cells.subList(3, cells.size()));
            while (amounts.size() > expenditureColumns && amounts.get(amounts.size() - 1).isEmpty()) {
                amounts.remove(amounts.size() - 1);
            }
            for (String a : amounts) {
                if (!a.isEmpty() && !Amounts.isAmount(a)) {
                    return Optional.empty();
                }
            }
            return Optional.of(new SideTokens(income, incomeAmounts, expenditure, List.copyOf(amounts),
                    amounts.size() == expenditureColumns));
        }
        List<String> tokens = new ArrayList<>();
        for (String cell : line.cells()) {
            for (String t : cell.split(" +")) {
                if (!t.isEmpty()) {
                    tokens.add(t);
                }
            }
        }
        int i = 0;
        StringBuilder income = new StringBuilder();
        while (i < tokens.size() && !Amounts.isDecimal(tokens.get(i)) && !startsExpenditure(tokens, i)) {
            if (income.length() > 0) {
                income.append(' ');
            }
            income.append(tokens.get(i));
            i++;
        }
        List<String> incomeAmounts = new ArrayList<>();
        if (i < tokens.size() && Amounts.isAmount(tokens.get(i)) && !startsExpenditure(tokens, i)) {
            incomeAmounts.add(tokens.get(i));
            i++;
        }
        StringBuilder expenditure = new StringBuilder();
        while (i < tokens.size() && (expenditure.length() == 0 || !Amounts.isAmount(tokens.get(i)))) {
            if (expenditure.length() > 0) {
                expenditure.append(' ');
            }
            expenditure.append(tokens.get(i));
            i++;
        }
        List<String> amounts = new ArrayList<>();
        while (i < tokens.size()) {
            if (!Amounts.isAmount(tokens.get(i))) {
                return Optional.empty();
            }
            amounts.add(tokens.get(i));
            i++;
        }
        return Optional.of(new SideTokens(income.toString(), incomeAmounts, expenditure.toString(), amounts,
                amounts.size() == expenditureColumns));
    }

    private static boolean startsExpenditure(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (t.matches("\\d{3}") && i + 1 < tokens.size() && !Amounts.isAmount(tokens.get(i + 1))) {
            return true;
        }
        return LineNormalizer.fold(String.join("", tokens.subList(i, Math.min(tokens.size(), i + 4))))
                .startsWith("支出总计");
    }
}
