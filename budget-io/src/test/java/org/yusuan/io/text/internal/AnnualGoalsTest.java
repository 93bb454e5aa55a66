package org.yusuan.io.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting the 年度绩效目标 of an overall sheet into its numbered items. */
class AnnualGoalsTest {

    @Test
    void goalsNumberedMuBiaoAreSplitAtTheirNumbers() {
        assertEquals(List.of("完成保障; ", "完成办公"), PerformanceSheetReader.splitGoals("目标 1: 完成保障; 目标 2: 完成办公")
                .subList(1, 3));
    }

    @Test
    void goalsNumberedOneTwoThreeAreSplitWithoutTheirNumbers() {
        assertEquals(List.of("负责办理；", "负责接待，闭环服务。", "推进发展。"),
                PerformanceSheetReader.splitGoals("1. 负责办理；2. 负责接待，闭环服务。3. 推进发展。"));
        assertEquals(List.of("对社区组织领导；", "制定规划；", "广泛收集信息。"),
                PerformanceSheetReader.splitGoals("1.对社区组织领导；2.制定规划；3.广泛收集信息。"));
    }

    @Test
    void decimalsAndNumbersOutOfOrderDoNotSplit() {
        assertEquals(List.of("安排 5.88 万元，完成 3. 项任务"), PerformanceSheetReader.splitGoals("安排 5.88 万元，完成 3. 项任务"));
        assertEquals(List.of("1. 安排 5.88 万元"), PerformanceSheetReader.splitGoals("1. 安排 5.88 万元"));
    }
}
