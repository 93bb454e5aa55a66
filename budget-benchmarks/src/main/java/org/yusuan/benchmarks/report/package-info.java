/**
 * The report of a benchmark run: ratios to baselines, text import speed and batch heap, read from JMH's JSON results.
 */
package org.yusuan.benchmarks.report;
