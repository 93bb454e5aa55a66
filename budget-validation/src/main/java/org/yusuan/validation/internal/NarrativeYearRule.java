package org.yusuan.validation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.NarrativeSection;
import org.yusuan.validation.Rules;
import org.yusuan.validation.Severity;

/**
 * {@link Rules#NARRATIVE_YEAR}: a year that does not fit the fiscal year.
 *
 * <ul>
 *   <li>资金执行时间 outside the fiscal year (detail {@code execution}).</li>
 *   <li>{@code YYYY 年预算数} of another year (detail {@code budget_year}); a section title about another year
 *       (detail {@code title}).</li>
 *   <li>An as-of date (截至 YYYY 年底, in the narrative or 国有资产占用情况) after the publication date, or, when that is
 *       unknown, in the fiscal year or later: a budget is published before its year, so its asset figures are as of
 *       an earlier date (detail {@code as_of}).</li>
 * </ul>
 * WARNING.
 */
final class NarrativeYearRule implements Rule {

    static final Pattern EXECUTION = Pattern.compile("资金执行时间[：:]\\s*([^\\n。]+)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    static final Pattern BUDGET_YEAR = Pattern.compile("(\\d{4})\\s*年预算数");
    static final Pattern AS_OF = Pattern.compile("截至\\s*(\\d{4})\\s*年\\s*(底|末|(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)");
    private static final Pattern TITLE_YEAR = Pattern.compile("关于.*?(\\d{4})\\s*年");

    static final Narrative.Search EXECUTION_SEARCH = new Narrative.Search(EXECUTION,
            Narrative.Starts.words("资金执行时间"), "资金执行时间");
    static final Narrative.Search BUDGET_YEAR_SEARCH = new Narrative.Search(BUDGET_YEAR,
            Narrative.Starts.digitsBefore("年预算数", Narrative.YEAR_RUN), "年预算数");
    static final Narrative.Search AS_OF_SEARCH = new Narrative.Search(AS_OF, Narrative.Starts.words("截至"), "截至");

    @Override
    public List<String> ids() {
        return List.of(Rules.NARRATIVE_YEAR);
    }

    @Override
    public void check(Context context) {
        BudgetDisclosure d = context.disclosure();
        int year = d.getFiscalYear();
        for (NarrativeSection section : d.getNarrativeSections()) {
            if (section.getTitle().contains("关于")) {
                Matcher title = TITLE_YEAR.matcher(section.getTitle());
                if (title.find() && Integer.parseInt(title.group(1)) != year) {
                    report(context, "title", section.getTitle(), title.group(1));
                }
            }
            String text = section.getText();
            EXECUTION_SEARCH.find(text, exec -> {
                Matcher y = YEAR.matcher(exec.group(1));
                while (y.find()) {
                    if (Integer.parseInt(y.group(1)) != year) {
                        report(context, "execution", exec.group().strip(), y.group(1));
                        break;
                    }
                }
            });
            BUDGET_YEAR_SEARCH.find(text, budget -> {
                if (Integer.parseInt(budget.group(1)) != year) {
                    report(context, "budget_year", Narrative.quote(text, budget.start(), budget.end()), budget.group(1));
                }
            });
            AS_OF_SEARCH.find(text, asOf -> asOf(context, d, asOfDate(asOf), asOf.group()));
        }
        d.getOtherMatters().flatMap(m -> m.getStateAssets()).ifPresent(assets -> {
            Optional<LocalDate> date = assets.getAsOfDate();
            if (date.isEmpty() && assets.getAsOfText().isPresent()) {
                Matcher m = AS_OF.matcher(assets.getAsOfText().get());
                if (m.find()) {
                    date = Optional.of(asOfDate(m));
                }
            }
            date.ifPresent(value -> asOf(context, d, value, assets.getAsOfText().orElse(value.toString())));
        });
    }

    private static LocalDate asOfDate(java.util.regex.MatchResult m) {
        int y = Integer.parseInt(m.group(1));
        if (m.group(3) == null) {
            return LocalDate.of(y, 12, 31);
        }
        int month = Math.max(1, Math.min(12, Integer.parseInt(m.group(3))));
        LocalDate first = LocalDate.of(y, month, 1);
        int day = m.group(4) == null ? first.lengthOfMonth() : Integer.parseInt(m.group(4));
        return first.withDayOfMonth(Math.max(1, Math.min(first.lengthOfMonth(), day)));
    }

    private static void asOf(Context context, BudgetDisclosure d, LocalDate date, String quote) {
        boolean late = d.getPublicationDate().map(date::isAfter).orElse(date.getYear() >= d.getFiscalYear());
        if (late) {
            report(context, "as_of", quote, d.getPublicationDate().map(LocalDate::toString).orElse(""));
        }
    }

    private static void report(Context context, String detail, String quote, String value) {
        context.report(Rules.NARRATIVE_YEAR, Severity.WARNING, Where.DISCLOSURE, detail, quote, value,
                String.valueOf(context.disclosure().getFiscalYear()));
    }
}
