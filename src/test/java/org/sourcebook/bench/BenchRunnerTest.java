package org.sourcebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchRunnerTest {
    @Test
    void jvmCommandStartsWithTheChosenJavaAndItsFlags() {
        assertEquals(List.of("/opt/jdk-25/bin/java", "-XX:TieredStopAtLevel=1", "-XX:AOTCache=t/sourcebook.aot", "-jar", "t/sourcebook.jar",
                        "serve", "--port", "0"),
                BenchRunner.jvmCommand("/opt/jdk-25/bin/java", "  -XX:TieredStopAtLevel=1   -XX:AOTCache=t/sourcebook.aot ",
                        Path.of("t/sourcebook.jar"), "serve", "--port", "0"));
    }

    @Test
    void jvmCommandWithoutFlags() {
        assertEquals(List.of("java", "-jar", "sourcebook.jar", "build"), BenchRunner.jvmCommand("java", "", Path.of("sourcebook.jar"), "build"));
    }
}
