/**
 * The batch run (批量处理): a JSON Lines stream of generated disclosures read and validated in a JVM of its own,
 * measuring throughput and heap.
 */
package org.yusuan.benchmarks.batch;
