package org.yusuan.benchmarks.report;

import java.util.List;
import java.util.Objects;

/**
 * One measured comparison (对比): a yusuan benchmark method and the baseline method it is judged against, in the same
 * benchmark class and the same run, with the ratio the issue sets as the goal (目标).
 *
 * @param benchmarkClass the simple name of the JMH benchmark class, not null
 * @param subject the method measuring yusuan, not null
 * @param baseline the method measuring the baseline, not null
 * @param description what the baseline is, in a few words, not null
 * @param goal the largest acceptable ratio subject / baseline (average time per operation)
 */
public record Comparison(String benchmarkClass, String subject, String baseline, String description, double goal) {

    /**
     * Checks that no part is null and that the goal is positive.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the goal is not positive
     */
    public Comparison {
        Objects.requireNonNull(benchmarkClass, "benchmarkClass must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(baseline, "baseline must not be null");
        Objects.requireNonNull(description, "description must not be null");
        if (!(goal > 0)) {
            throw new IllegalArgumentException("goal must be positive, but was " + goal);
        }
    }

    /**
     * Every comparison the issue asks for, in report order.
     *
     * @return the comparisons; immutable, never null
     */
    public static List<Comparison> all() {
        return List.of(
                new Comparison("JsonBenchmark", "readYusuan", "readPlainJackson",
                        "plain Jackson into mutable classes of the same shape", 1.2),
                new Comparison("JsonBenchmark", "writeYusuan", "writePlainJackson",
                        "plain Jackson from mutable classes of the same shape", 1.2),
                new Comparison("LongCsvBenchmark", "readYusuan", "readFastCsvStrings",
                        "FastCSV reading the same file into String[] records", 2.0),
                new Comparison("LongCsvBenchmark", "writeYusuan", "writeFastCsvStrings",
                        "FastCSV writing the same records from String[]", 2.0),
                new Comparison("ValidationBenchmark", "validateYusuan", "readJsonYusuan",
                        "reading the same disclosure from JSON", 1.0));
    }
}
