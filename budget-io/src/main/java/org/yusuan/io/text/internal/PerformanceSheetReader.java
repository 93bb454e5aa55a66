package org.yusuan.io.text.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.performance.FirstLevelCategory;
import org.yusuan.model.performance.ImmutableOverallPerformanceTarget;
import org.yusuan.model.performance.ImmutableProjectPerformanceTarget;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.SecondLevelCategory;
import org.yusuan.model.performance.TargetValue;

/**
 * Reads the performance-target sheets: 部门（单位）整体绩效目标表 (entity, contact, annual goals, funding, indicators) and
 * 项目支出绩效目标表 (budget unit, project, manager, funding, overall goal, indicators). In the indicator rows a blank
 * first- or second-level cell continues the merged cell above. A line of a sheet that fits none of its rows is an
 * unread line.
 */
public final class PerformanceSheetReader {

    private static final Pattern OVERALL_TITLE = Pattern.compile("^(部门|单位|部门[（(]单位[)）])整体绩效目标表$");
    private static final Pattern PROJECT_TITLE = Pattern.compile("^项目支出绩效目标表$");
    private static final Pattern ENTITY = Pattern.compile("^(部门|单位|部门[（(]单位[)）])名称");
    private static final Pattern YEAR_LINE = Pattern.compile("^[(（]?\\d{4}年[)）]?$");
    private static final Pattern SUBSECTION = Pattern.compile("^[（(][一二三四五六七八九十][)）]");
    private static final Pattern GOAL = Pattern.compile("目标\\s*\\d+\\s*[:：]\\s*");
    /** An item number {@code 1.} / {@code 2、} at the start or after a sentence or clause ends, not a decimal. */
    private static final Pattern NUMBERED_GOAL = Pattern.compile("(?:^|(?<=[；;。，,\\s]))(\\d{1,2})\\s*[.．、](?!\\d)\\s*");

    private final List<OverallPerformanceTarget> overall = new ArrayList<>();
    private final List<ProjectPerformanceTarget> projects = new ArrayList<>();
    private final ImportLog log;

    private PerformanceSheetReader(ImportLog log) {
        this.log = log;
    }

    /**
     * Whether a line is the title of a sheet.
     *
     * @param line the line
     * @return true for a sheet title
     */
    public static boolean isSheetTitle(TextLine line) {
        String f = line.folded();
        return OVERALL_TITLE.matcher(f).matches() || PROJECT_TITLE.matcher(f).matches();
    }

    /**
     * The sheets read.
     *
     * @param overall the overall sheets
     * @param projects the project sheets
     */
    public record Sheets(List<OverallPerformanceTarget> overall, List<ProjectPerformanceTarget> projects) {
    }

    /**
     * Reads every sheet between two lines.
     *
     * @param lines all lines
     * @param from the first index
     * @param to the index to stop before
     * @param log where unread lines go
     * @return the sheets in printed order
     */
    public static Sheets read(List<TextLine> lines, int from, int to, ImportLog log) {
        PerformanceSheetReader reader = new PerformanceSheetReader(log);
        int start = -1;
        for (int i = from; i <= to; i++) {
            boolean boundary = i == to || isSheetTitle(lines.get(i)) || SUBSECTION.matcher(lines.get(i).folded()).find() && !lines.get(i).tabbed();
            if (boundary) {
                if (start >= 0) {
                    reader.sheet(lines.subList(start, i));
                }
                start = i < to && isSheetTitle(lines.get(i)) ? i : -1;
            }
        }
        return new Sheets(List.copyOf(reader.overall), List.copyOf(reader.projects));
    }

    private void sheet(List<TextLine> sheet) {
        boolean isOverall = OVERALL_TITLE.matcher(sheet.get(0).folded()).matches();
        Fields f = new Fields();
        List<PerformanceIndicator> indicators = new ArrayList<>();
        boolean inIndicators = false;
        String first = null;
        String second = null;
        List<String> lastCells = new ArrayList<>();
        String lastTarget = "";
        for (TextLine line : sheet.subList(1, sheet.size())) {
            if (line.isBlank() || YEAR_LINE.matcher(line.folded()).matches()) {
                continue;
            }
            List<String> cells = nonEmpty(line.cells());
            String head = cells.isEmpty() ? "" : LineNormalizer.fold(cells.get(0));
            if (head.equals("一级指标")) {
                inIndicators = true;
                continue;
            }
            if (inIndicators) {
                if (isHeadNoise(line)) {
                    continue; // a page number alone on a line, where the page broke the indicator rows
                }
                List<String> all = new ArrayList<>(line.cells());
                int expected = isOverall ? 6 : 9;
                if (all.size() < expected - 1 || all.size() > expected + 1) {
                    log.unread(line, null, "绩效指标行的单元格数（" + all.size() + "）与表头（" + expected + " 列）不符");
                    continue;
                }
                while (all.size() < expected) {
                    all.add("");
                }
                if (all.subList(2, all.size()).stream().allMatch(String::isEmpty)) {
                    // a category printed without any indicator under it (社会成本指标 with nothing): a merged cell
                    if (!all.get(0).isEmpty()) {
                        first = all.get(0);
                    }
                    if (!all.get(1).isEmpty()) {
                        second = all.get(1);
                    }
                    continue;
                }
                if (!lastCells.isEmpty() && isContinuation(all, isOverall)) {
                    for (int i = 0; i < all.size() && i < lastCells.size(); i++) {
                        String more = all.get(i);
                        if (!more.isEmpty() && !lastCells.get(i).endsWith(more)) {
                            lastCells.set(i, lastCells.get(i) + more);
                        }
                    }
                    String moreTarget = all.get(3);
                    if (!moreTarget.isEmpty() && !lastTarget.endsWith(printed(line, moreTarget))) {
                        lastTarget = lastTarget + printed(line, moreTarget);
                    }
                    indicators.set(indicators.size() - 1, indicator(lastFirst(lastCells, first),
                            lastSecond(lastCells, second), lastCells, isOverall, lastTarget));
                    log.infer(line.number(), null, "绩效指标行被分页断开，续行并入上一指标");
                    continue;
                }
                if (all.get(2).isEmpty() && !all.get(0).isEmpty() && all.get(1).isEmpty()
                        && !all.get(0).endsWith("指标") && targetLike(all.get(3))) {
                    all.set(2, all.get(0));
                    all.set(0, "");
                    log.infer(line.number(), null, "指标名称“" + all.get(2) + "”印在一级指标列，按三级指标读");
                } else if (!all.get(0).isEmpty() && all.get(1).isEmpty() && !all.get(0).endsWith("指标")
                        && !targetLike(all.get(0)) && targetLike(all.get(2)) && !targetLike(all.get(3))
                        && all.get(all.size() - 1).isEmpty()) {
                    // the name in the first column and every cell after it one column left (改造项目完工及时率 |  |
                    // >=90% | 计划标准 | - | 5 | … | 工作资料 | ): the row moved left by two columns, the name by one
                    String name = all.remove(0);
                    all.set(0, name);
                    all.add(0, "");
                    all.add(0, "");
                    all.remove(all.size() - 1);
                    log.infer(line.number(), null, "指标名称“" + name + "”印在一级指标列，其后各列左移一列，按对齐后读");
                } else if (!targetLike(all.get(3)) && all.size() > 4 && targetLike(all.get(4))
                        && all.get(0).isEmpty()) {
                    all.remove(0);
                    all.add("");
                    log.infer(line.number(), null, "指标行整体右移一列，按左移一列读");
                }
                if (!all.get(0).isEmpty()) {
                    first = all.get(0);
                }
                if (!all.get(1).isEmpty()) {
                    second = all.get(1);
                }
                if (first == null || second == null || all.get(2).isEmpty()) {
                    log.unread(line, null, "绩效指标行缺少指标名称或上级指标");
                    continue;
                }
                lastCells = new ArrayList<>(all);
                lastCells.set(0, first);
                lastCells.set(1, second);
                lastTarget = printed(line, all.get(3));
                indicators.add(indicator(first, second, all, isOverall, lastTarget));
                continue;
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (!f.knows(head) && line.cells().get(0).isEmpty() && cells.size() == 1 && f.lastWasGoals) {
                f.goals = f.goals + cells.get(0);
                log.infer(line.number(), null, "“" + cells.get(0) + "”是上一行目标的续行，已并入");
                continue;
            }
            if (!f.knows(head) && !isHeadNoise(line)) {
                log.unread(line, null, "绩效目标表中无法识别的行（可能是被分页断开的表头或单元格）");
                continue;
            }
            f.take(line, cells, head);
        }
        if (isOverall) {
            ImmutableOverallPerformanceTarget.Builder b = OverallPerformanceTarget.builder()
                    .entityName(f.entity == null ? "" : f.entity).contactPerson(Optional.ofNullable(f.contact))
                    .contactPhone(Optional.ofNullable(f.phone))
                    .annualGoalsText(f.goals == null ? "" : f.goals)
                    .funding(OverallFunding.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                            .fiscalFromHigherLevel(orZero(f.higher)).fiscalFromOwnLevel(orZero(f.own))
                            .otherFunds(orZero(f.other)).build())
                    .addAllIndicators(indicators);
            if (f.goals != null) {
                for (String goal : splitGoals(f.goals)) {
                    String g = goal.strip().replaceAll("[;；]$", "").strip();
                    if (!g.isEmpty()) {
                        b.addAnnualGoals(g);
                    }
                }
            }
            overall.add(b.build());
        } else {
            ImmutableProjectPerformanceTarget.Builder b = ProjectPerformanceTarget.builder()
                    .budgetUnit(f.entity == null ? "" : f.entity).projectName(f.project == null ? "" : f.project)
                    .manager(Optional.ofNullable(f.manager)).overallGoal(f.goals == null ? "" : f.goals)
                    .funding(ProjectFunding.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN).total(orZero(f.total))
                            .fiscalAppropriation(orZero(f.fiscal)).otherFunds(orZero(f.other)).build())
                    .addAllIndicators(indicators);
            projects.add(b.build());
        }
    }

    /**
     * Splits annual goals at {@code 目标 N:}, else at item numbers {@code 1. … 2. …} when they run 1, 2, 3 … in order
     * (so that {@code 5.88} or a stray {@code 3.} inside an item does not split); text without either is one item.
     */
    static List<String> splitGoals(String goals) {
        if (GOAL.matcher(goals).find()) {
            return List.of(GOAL.split(goals));
        }
        Matcher m = NUMBERED_GOAL.matcher(goals);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == starts.size() + 1) {
                starts.add(m.start());
                ends.add(m.end());
            }
        }
        if (starts.size() < 2 || !goals.substring(0, starts.get(0)).isBlank()) {
            return List.of(goals);
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            items.add(goals.substring(ends.get(i), i + 1 < starts.size() ? starts.get(i + 1) : goals.length()));
        }
        return items;
    }

    private static PerformanceIndicator indicator(String first, String second, List<String> c, boolean overall,
            String printedTarget) {
        org.yusuan.model.performance.ImmutablePerformanceIndicator.Builder b = PerformanceIndicator.builder()
                .firstLevel(FirstLevelCategory.parse(first)).secondLevel(SecondLevelCategory.parse(second))
                .name(c.get(2)).target(target(printedTarget));
        if (c.size() > 4 && !c.get(4).isEmpty()) {
            b.basis(c.get(4));
        }
        if (overall) {
            weight(c, 5).ifPresent(b::weight);
        } else {
            if (c.size() > 5 && !c.get(5).isEmpty()) {
                b.previousYearValue(c.get(5));
            }
            weight(c, 6).ifPresent(b::weight);
            if (c.size() > 7 && !c.get(7).isEmpty()) {
                b.scoringRule(c.get(7));
            }
            if (c.size() > 8 && !c.get(8).isEmpty()) {
                b.evidence(c.get(8));
            }
        }
        return b.build();
    }

    private static String lastFirst(List<String> cells, String fallback) {
        return cells.get(0).isEmpty() ? fallback : cells.get(0);
    }

    private static String lastSecond(List<String> cells, String fallback) {
        return cells.get(1).isEmpty() ? fallback : cells.get(1);
    }

    /** A row whose basis and weight are blank continues the row above (a row the page broke). */
    private static boolean isContinuation(List<String> c, boolean overall) {
        int weight = overall ? 5 : 6;
        return c.get(4).isEmpty() && c.get(weight).isEmpty();
    }

    private static final Pattern TARGET_LIKE = Pattern.compile("^([<>=≥≤]|\\d|有所|[-—]$|无$)");

    private static boolean targetLike(String cell) {
        return TARGET_LIKE.matcher(LineNormalizer.fold(cell)).find();
    }

    private static boolean isHeadNoise(TextLine line) {
        return PageFurniture.isPageNumber(line);
    }

    private static TargetValue target(String printed) {
        try {
            return TargetValue.parse(printed);
        } catch (IllegalArgumentException e) {
            return TargetValue.qualitative(printed);
        }
    }

    /**
     * The cell of a line as printed (markup aside) whose normalised form is {@code normalizedCell}: the target keeps
     * its printed spelling ({@code ≥ 2 个}, {@code $\leq 3\%$}), which {@link TargetValue#parse} reads itself.
     * Falls back to the normalised cell when the line has no tabs or no such cell.
     */
    static String printed(TextLine line, String normalizedCell) {
        if (line.tabbed() && !normalizedCell.isEmpty()) {
            for (String raw : line.raw().split("\t", -1)) {
                if (LineNormalizer.normalize(raw).strip().equals(normalizedCell)) {
                    return LineNormalizer.withoutMarkup(raw);
                }
            }
        }
        return normalizedCell;
    }

    private static Optional<BigDecimal> weight(List<String> c, int i) {
        return c.size() > i ? Amounts.parse(c.get(i)) : Optional.empty();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static List<String> nonEmpty(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The labelled fields of a sheet's head rows. */
    private static final class Fields {
        String entity;
        String contact;
        String phone;
        String goals;
        String project;
        String manager;
        BigDecimal higher;
        BigDecimal own;
        BigDecimal other;
        BigDecimal total;
        BigDecimal fiscal;
        boolean lastWasGoals;

        boolean knows(String head) {
            return ENTITY.matcher(head).find() || head.startsWith("预算单位")
                    || head.endsWith("联系人") || head.startsWith("年度绩效目标") || head.startsWith("项目总体目标")
                    || head.startsWith("项目名称") || head.startsWith("项目资金") || head.startsWith("年度预算")
                    || head.startsWith("其他资金") || head.equals("财政资金（万元）") || head.equals("财政资金(万元)")
                    || head.startsWith("上级安排") || head.startsWith("本级安排") || head.startsWith("财政资金");
        }

        void take(TextLine line, List<String> cells, String head) {
            lastWasGoals = head.startsWith("年度绩效目标") || head.startsWith("项目总体目标");
            if (ENTITY.matcher(head).find() || head.startsWith("预算单位")) {
                entity = after(cells, 0);
            } else if (head.endsWith("联系人")) {
                contact = after(cells, 0);
                phone = labelled(cells, "联系电话");
            } else if (head.startsWith("年度绩效目标") || head.startsWith("项目总体目标")) {
                goals = after(cells, 0);
            } else if (head.startsWith("项目名称")) {
                project = after(cells, 0);
                manager = labelled(cells, "项目负责人");
            } else if (head.startsWith("项目资金")) {
                total = amountAfter(cells, "年度预算总");
                fiscal = amountAfter(cells, "财政拨款");
                if (fiscal == null) {
                    fiscal = amountAfter(cells, "财政"); // 其中：财政 / 拨款, the label broken over two lines
                }
                other = amountAfter(cells, "其他资");
                if (other == null) {
                    Matcher m = Pattern.compile("其他资金[:：]?\\s*([\\d.]+)").matcher(line.text());
                    other = m.find() ? new BigDecimal(m.group(1)) : null;
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                String c = LineNormalizer.fold(cells.get(i));
                if (c.equals("上级安排")) {
                    higher = amountAt(cells, i + 1);
                } else if (c.equals("本级安排")) {
                    own = amountAt(cells, i + 1);
                } else if (c.equals("其他") && i > 0 && LineNormalizer.fold(cells.get(i - 1)).startsWith("其他资金")) {
                    other = amountAt(cells, i + 1);
                }
            }
        }

        private static String after(List<String> cells, int i) {
            return cells.size() > i + 1 ? cells.get(i + 1) : null;
        }

        private static String labelled(List<String> cells, String label) {
            for (int i = 0; i < cells.size() - 1; i++) {
                if (LineNormalizer.fold(cells.get(i)).startsWith(label)) {
                    return cells.get(i + 1);
                }
            }
            return null;
        }

        private static BigDecimal amountAfter(List<String> cells, String label) {
            for (int i = 0; i < cells.size(); i++) {
                if (LineNormalizer.fold(cells.get(i)).contains(label)) {
                    return amountAt(cells, i + 1);
                }
            }
            return null;
        }

        private static BigDecimal amountAt(List<String> cells, int i) {
            return i < cells.size() ? Amounts.parse(cells.get(i)).orElse(null) : null;
        }
    }
}
