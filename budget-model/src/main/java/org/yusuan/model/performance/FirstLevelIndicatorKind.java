package org.yusuan.model.performance;

import java.util.List;

/**
 * The known first-level indicator categories (一级指标).
 *
 * <p>Project sheets (项目支出绩效目标表) use 产出指标, 成本指标, 效益指标 and 满意度指标; overall sheets
 * (部门(单位)整体绩效目标表) use 履职效能, 运行成本, 管理效率, 社会效益, 可持续发展能力 and 服务对象满意度, and some use
 * the project categories too.
 */
public enum FirstLevelIndicatorKind {
    /** 产出指标: outputs. */
    OUTPUT("产出指标"),
    /** 成本指标: costs. */
    COST("成本指标"),
    /** 效益指标: benefits. */
    BENEFIT("效益指标"),
    /** 满意度指标: satisfaction. */
    SATISFACTION("满意度指标"),
    /** 履职效能: performance of duties (overall sheets). */
    DUTY_PERFORMANCE("履职效能"),
    /** 运行成本: running costs (overall sheets). */
    RUNNING_COST("运行成本"),
    /** 管理效率: management efficiency (overall sheets). */
    MANAGEMENT_EFFICIENCY("管理效率"),
    /** 社会效益: social benefit (overall sheets). */
    SOCIAL_BENEFIT("社会效益"),
    /** 可持续发展能力: capacity for sustainable development (overall sheets). */
    SUSTAINABLE_DEVELOPMENT("可持续发展能力"),
    /** 服务对象满意度: satisfaction of those served (overall sheets). */
    SERVICE_RECIPIENT_SATISFACTION("服务对象满意度");

    private final String label;

    FirstLevelIndicatorKind(String label) {
        this.label = label;
    }

    /**
     * The Chinese name as the standard sheets print it (中文名称), e.g. 产出指标.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Every accepted spelling (所有写法): the label.
     *
     * @return the spellings, never null, immutable
     */
    public List<String> spellings() {
        return List.of(label);
    }
}
