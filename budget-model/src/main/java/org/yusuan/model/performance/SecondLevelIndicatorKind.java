package org.yusuan.model.performance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The known second-level indicator categories (二级指标).
 */
public enum SecondLevelIndicatorKind {
    /** 数量指标: quantity. */
    QUANTITY("数量指标"),
    /** 质量指标: quality. */
    QUALITY("质量指标"),
    /** 时效指标: timeliness. */
    TIMELINESS("时效指标"),
    /** 经济成本指标: economic cost. */
    ECONOMIC_COST("经济成本指标"),
    /** 社会成本指标: social cost. */
    SOCIAL_COST("社会成本指标"),
    /** 生态环境成本指标: ecological and environmental cost; also printed 生态成本指标. */
    ECOLOGICAL_COST("生态环境成本指标", "生态成本指标"),
    /** 经济效益指标: economic benefit. */
    ECONOMIC_BENEFIT("经济效益指标"),
    /** 社会效益指标: social benefit. */
    SOCIAL_BENEFIT("社会效益指标"),
    /** 生态效益指标: ecological benefit. */
    ECOLOGICAL_BENEFIT("生态效益指标"),
    /** 可持续影响指标: sustainable impact. */
    SUSTAINABLE_IMPACT("可持续影响指标"),
    /** 服务对象满意度指标: satisfaction of those served. */
    SERVICE_RECIPIENT_SATISFACTION("服务对象满意度指标"),
    /** 满意度指标: satisfaction. */
    SATISFACTION("满意度指标");

    private final String label;
    private final List<String> spellings;

    SecondLevelIndicatorKind(String label, String... aliases) {
        this.label = label;
        List<String> all = new ArrayList<>();
        all.add(label);
        Collections.addAll(all, aliases);
        this.spellings = List.copyOf(all);
    }

    /**
     * The Chinese name as the standard sheets print it (中文名称), e.g. 数量指标.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Every accepted spelling (所有写法): the label first, then aliases such as 生态成本指标.
     *
     * @return the spellings, never null, immutable
     */
    public List<String> spellings() {
        return spellings;
    }
}
