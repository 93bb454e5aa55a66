package org.yusuan.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectPerformanceTarget;

/** The performance sheets of a disclosure seen uniformly: whose (project or entity) and which indicators. */
final class PerformanceSheets {

    /**
     * One sheet.
     *
     * @param owner the project name, or the entity name of an overall sheet
     * @param project whether it is a project sheet
     * @param indicators its indicators
     */
    record Sheet(String owner, boolean project, List<PerformanceIndicator> indicators) {
    }

    private PerformanceSheets() {
    }

    static List<Sheet> of(BudgetDisclosure d) {
        List<Sheet> sheets = new ArrayList<>();
        for (OverallPerformanceTarget o : d.getOverallPerformanceTargets()) {
            sheets.add(new Sheet(o.getEntityName(), false, o.getIndicators()));
        }
        for (ProjectPerformanceTarget p : d.getProjectPerformanceTargets()) {
            sheets.add(new Sheet(p.getProjectName(), true, p.getIndicators()));
        }
        return sheets;
    }
}
