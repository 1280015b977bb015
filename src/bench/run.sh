#!/bin/sh
# The benchmark of issue 6: generates 1,000 and 10,000-source corpora (add --big for 100,000),
# builds each with the real jar in its own JVM, builds the same pages with Hugo when installed,
# times a one-file change under serve, and prints a table.
# Usage: src/bench/run.sh [--big] [--sizes 1000,10000] [--work /tmp/sourcebook-bench] [--no-serve]
set -eu
cd "$(dirname "$0")/../.."
BUILD_DIR="${BENCH_BUILD_DIR:-target-bench}"
mvn -q -Dbuild.dir="$BUILD_DIR" -Dsourcebook.skipSite=true -DskipTests package
# The build's JVM flags, the same as the pom's site build uses.
FLAGS="${BENCH_JVM_FLAGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto}"
exec java -cp "$BUILD_DIR/sourcebook.jar:$BUILD_DIR/lib/*" org.sourcebook.bench.BenchRunner \
  --jar "$BUILD_DIR/sourcebook.jar" --jvm-flags "$FLAGS" "$@"
