package org.yusuan.model.matters;

import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of vehicle a state-asset statement lists (车辆类别): the official-vehicle categories (一般公务用车,
 * 执法执勤用车, 特种专业技术用车 ...) and the body types some statements use instead (轿车, 越野车 ...).
 */
public enum VehicleKind {
    /** 一般公务用车: general official vehicles. */
    GENERAL_OFFICIAL("一般公务用车"),
    /** 执法执勤用车: law-enforcement and duty vehicles. */
    LAW_ENFORCEMENT("执法执勤用车"),
    /** 特种专业技术用车: special professional and technical vehicles. */
    SPECIAL_TECHNICAL("特种专业技术用车"),
    /** 机要通信用车: confidential communication vehicles. */
    CONFIDENTIAL_COMMUNICATION("机要通信用车"),
    /** 应急保障用车: emergency support vehicles. */
    EMERGENCY_SUPPORT("应急保障用车"),
    /** 离退休干部服务用车: vehicles serving retired cadres. */
    RETIREE_SERVICE("离退休干部服务用车"),
    /** 轿车: sedans. */
    SEDAN("轿车"),
    /** 越野车: off-road vehicles. */
    OFF_ROAD("越野车"),
    /** 客车: buses and coaches. */
    BUS("客车"),
    /** 其他车辆 (also 其他用车): other vehicles. */
    OTHER("其他车辆");

    private final String label;

    VehicleKind(String label) {
        this.label = label;
    }

    /**
     * The Chinese term (中文名称), e.g. 一般公务用车.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The kind a printed vehicle category names (识别车辆类别), white space ignored; 其他用车 is {@link #OTHER}.
     *
     * @param text the printed category, not null
     * @return the kind, or empty if the text is none of the known ones
     * @throws NullPointerException if text is null
     */
    public static Optional<VehicleKind> fromLabel(String text) {
        Objects.requireNonNull(text, "vehicle category text must not be null");
        String folded = text.replaceAll("[\\s\\u00A0\\u3000]", "");
        if ("其他用车".equals(folded)) {
            return Optional.of(OTHER);
        }
        for (VehicleKind kind : values()) {
            if (kind.label.equals(folded)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
