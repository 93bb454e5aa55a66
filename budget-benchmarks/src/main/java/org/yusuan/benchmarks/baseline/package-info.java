/**
 * The baselines (基线): what a user would write instead of yusuan, such as plain mutable classes bound by plain
 * Jackson to the same JSON, or FastCSV reading the same file into string arrays.
 */
package org.yusuan.benchmarks.baseline;
