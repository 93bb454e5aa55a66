import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.yusuan.benchmarks.LongCsvBenchmark;
import org.yusuan.benchmarks.Samples;
import org.yusuan.benchmarks.baseline.PlainDisclosure;
import org.yusuan.benchmarks.baseline.PlainJackson;
import org.yusuan.io.json.BudgetJson;
import org.yusuan.model.BudgetDisclosure;

/**
 * A side check, not part of the JMH suite: the JSON and long CSV ratios by the benchmark thread's CPU time rather
 * than wall-clock time, for a machine shared with other work, where wall-clock time counts the waits too. Three
 * rounds each; the first includes the JIT's warm-up.
 *
 * <pre>{@code
 * java -cp budget-benchmarks/target/benchmarks.jar benchmarks/CpuTimeCheck.java
 * }</pre>
 */
public class CpuTimeCheck {

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        BudgetJson json = BudgetJson.standard();
        ObjectMapper plain = PlainJackson.mapper();
        for (String size : List.of("typical", "large")) {
            BudgetDisclosure disclosure = Samples.of(size);
            byte[] bytes = json.write(disclosure).getBytes(StandardCharsets.UTF_8);
            PlainDisclosure plainDisclosure = plain.readValue(bytes, PlainDisclosure.class);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            LongCsvBenchmark csv = new LongCsvBenchmark();
            csv.size = size;
            csv.prepare();
            int n = size.equals("typical") ? 1000 : 50;
            for (int round = 0; round < 3; round++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    json.read(new ByteArrayInputStream(bytes), "x");
                }
                long c1 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    plain.readValue(new ByteArrayInputStream(bytes), PlainDisclosure.class);
                }
                long c2 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    out.reset();
                    json.write(disclosure, out);
                }
                long c3 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    out.reset();
                    plain.writeValue(out, plainDisclosure);
                }
                long c4 = cpu.getCurrentThreadCpuTime();
                int m = Math.max(5, n / 5);
                for (int i = 0; i < m; i++) {
                    csv.readYusuan();
                }
                long c5 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < m; i++) {
                    csv.readFastCsvStrings();
                }
                long c6 = cpu.getCurrentThreadCpuTime();
                System.out.printf("%s round %d: JSON read %.2f, JSON write %.2f, long CSV read %.2f%n", size, round,
                        (double) (c1 - c0) / (c2 - c1), (double) (c3 - c2) / (c4 - c3), (double) (c5 - c4) / (c6 - c5));
            }
            csv.delete();
        }
    }
}
