#!/bin/sh
# The benchmark of issue 6: generates 1,000 and 10,000-source corpora (add --big for 100,000),
# builds each with the real jar in its own JVM, builds the same pages with Hugo when installed,
# times a one-file change under serve, and prints a table.
# Usage: src/bench/run.sh [--big] [--sizes 1000,10000] [--work /tmp/sourcebook-bench] [--no-serve | --serve-only]
# Environment: BENCH_JVM_FLAGS replaces the build JVM's flags; BENCH_NO_CDS=1 skips class-data sharing.
set -eu
cd "$(dirname "$0")/../.."
BUILD_DIR="${BENCH_BUILD_DIR:-target-bench}"
mvn -q -Dbuild.dir="$BUILD_DIR" -Dsourcebook.skipSite=true -DskipTests package
# The build's JVM flags, the same as the pom's site build uses.
BASE="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
CDS="-Xshare:auto"
if [ "${BENCH_NO_CDS:-0}" != 1 ]; then
  # AppCDS (Java 17): one training build of the real content writes the classes it loaded into an
  # archive; every timed build maps it instead of loading and verifying those classes again.
  ARCHIVE="$BUILD_DIR/sourcebook.jsa"
  rm -f "$ARCHIVE"
  java $BASE -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$BUILD_DIR/sourcebook.jar" build \
    --content content --templates templates --out "$BUILD_DIR/cds-training-site" > /dev/null 2>&1
  CDS="-XX:SharedArchiveFile=$ARCHIVE -Xshare:auto"
fi
FLAGS="${BENCH_JVM_FLAGS:-$BASE $CDS}"
echo "build JVM flags: $FLAGS" >&2
exec java -cp "$BUILD_DIR/sourcebook.jar:$BUILD_DIR/lib/*" org.sourcebook.bench.BenchRunner \
  --jar "$BUILD_DIR/sourcebook.jar" --jvm-flags "$FLAGS" "$@"
