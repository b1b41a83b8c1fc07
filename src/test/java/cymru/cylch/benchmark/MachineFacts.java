package cymru.cylch.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the figures were measured on: the machine, the JVM and the database server with its settings. */
record MachineFacts(String processor, int cores, long memoryBytes, String operatingSystem, String java,
                    String postgres, String postgresSettings) {

    private static final List<String> SETTINGS = List.of("shared_buffers", "work_mem", "effective_cache_size",
            "random_page_cost", "max_parallel_workers_per_gather", "jit");

    static MachineFacts read(JdbcClient owner) {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String settings = String.join(", ", SETTINGS.stream()
                .map(name -> name + " " + owner.sql("select current_setting(?)").param(name).query(String.class)
                        .single())
                .toList());
        return new MachineFacts(processorModel(), Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                owner.sql("select version()").query(String.class).single(), settings);
    }

    private static String processorModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown processor");
        } catch (IOException e) {
            return "unknown processor";
        }
    }
}
