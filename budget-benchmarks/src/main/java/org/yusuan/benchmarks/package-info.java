/**
 * JMH benchmarks (性能基准) of yusuan, each beside the baseline it is judged against in the same run.
 *
 * <p>Build and run the whole suite with {@code benchmarks/run.sh --quick} (a few minutes on 2 cores) or {@code
 * benchmarks/run.sh} (the full run); each class's Javadoc gives the command that runs it alone. Results and the
 * ratio table are described in {@code docs/PERFORMANCE.md}.
 */
package org.yusuan.benchmarks;
