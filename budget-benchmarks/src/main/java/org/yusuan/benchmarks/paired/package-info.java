/**
 * The paired read (交替测量): yusuan's JSON read, plain Jackson's and Jackson's bare tokenizer timed in turn in one
 * JVM, so that a busy machine slows all three alike and their ratios hold still where JMH's separate forks do not.
 */
package org.yusuan.benchmarks.paired;
