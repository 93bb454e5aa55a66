package org.yusuan.model.matters;

/**
 * Which running costs a disclosure states (运行经费的类别).
 */
public enum RunningCostKind {
    /** 机关运行经费: running costs of an administrative organ (the common term). */
    ORGAN("机关运行经费"),
    /** 事业单位运行经费: running costs of a public institution. */
    PUBLIC_INSTITUTION("事业单位运行经费"),
    /** 行政运行经费: administrative running costs, a wording some organs print instead of 机关运行经费. */
    ADMINISTRATIVE("行政运行经费");

    private final String label;

    RunningCostKind(String label) {
        this.label = label;
    }

    /**
     * The Chinese term (中文名称), e.g. 机关运行经费.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
