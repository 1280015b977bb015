#!/bin/sh
# The benchmark of issue 6: generates 1,000 and 10,000-source corpora (add --big for 100,000),
# builds each with the real jar in its own JVM, builds the same pages with Hugo when installed,
# times a one-file change under serve, and prints a table.
# Usage: src/bench/run.sh [--big] [--sizes 1000,10000] [--work /tmp/sourcebook-bench] [--out /dev/shm/sourcebook-bench] [--no-serve | --serve-only]
# Corpora are kept in --work; the sites (and Hugo's) are written to --out, tmpfs by default where the
# machine has /dev/shm, as issue 6's reference figures were (a 100,000-source site is about 6 GB there).
# Environment: BENCH_JAVA is the java that runs the builds and serve (default: a JDK 25 or later at
# $JAVA_HOME or under /usr/lib/jvm when there is one, else `java` on the PATH; BENCH_JAVA=java keeps
# the default Java); BENCH_JVM_FLAGS replaces that JVM's flags; BENCH_NO_CDS=1 skips class-data sharing
# (Java 17's AppCDS archive or Java 25's AOT cache).
set -eu
cd "$(dirname "$0")/../.."
BUILD_DIR="${BENCH_BUILD_DIR:-target-bench}"
mvn -q -Dbuild.dir="$BUILD_DIR" -Dsourcebook.skipSite=true -DskipTests package
# The major version of a java executable (0 when it does not run).
feature() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\)$/\1/p' | grep . || echo 0
}
# The JVM of the builds and serve: on Java 25 the build's AOT cache (JEP 483/514) also holds classes
# loaded and linked and objects made at start, and its builds took less CPU than Java 17's (docs/
# performance-log.md). The jar is compiled for Java 17 either way.
JAVA="${BENCH_JAVA:-}"
if [ -z "$JAVA" ]; then
  JAVA=java
  for j in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java; do
    if [ -x "$j" ] && [ "$(feature "$j")" -ge 25 ]; then JAVA="$j"; break; fi
  done
fi
VERSION="$(feature "$JAVA")"
[ "$VERSION" -gt 0 ] || { echo "run.sh: $JAVA does not run (set BENCH_JAVA to a java executable)" >&2; exit 1; }
# The build's JVM flags, the same as the pom's site build uses (a short-lived build: C1 only and
# SerialGC start faster and use less memory); on Java 22 and later the jar's manifest lets JNA
# (OpenSSL's SHA-256) call native code without a warning.
BASE="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
CDS="-Xshare:auto"
TRAIN="build --content content --templates templates --out $BUILD_DIR/cds-training-site"
if [ "${BENCH_NO_CDS:-0}" != 1 ] && [ "$VERSION" -ge 25 ]; then
  # AOT cache (Java 25): one training build of the real content records the classes it loaded and
  # linked, and the JVM writes them into a cache; every timed build maps it.
  ARCHIVE="$BUILD_DIR/sourcebook.aot"
  rm -f "$ARCHIVE"
  "$JAVA" $BASE -XX:AOTCacheOutput="$ARCHIVE" -jar "$BUILD_DIR/sourcebook.jar" $TRAIN > /dev/null 2>&1
  CDS="-XX:AOTCache=$ARCHIVE"
elif [ "${BENCH_NO_CDS:-0}" != 1 ]; then
  # AppCDS (Java 17): one training build of the real content writes the classes it loaded into an
  # archive; every timed build maps it instead of loading and verifying those classes again.
  ARCHIVE="$BUILD_DIR/sourcebook.jsa"
  rm -f "$ARCHIVE"
  "$JAVA" $BASE -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$BUILD_DIR/sourcebook.jar" $TRAIN > /dev/null 2>&1
  CDS="-XX:SharedArchiveFile=$ARCHIVE -Xshare:auto"
fi
FLAGS="${BENCH_JVM_FLAGS:-$BASE $CDS}"
echo "build and serve JVM: $JAVA (Java $VERSION), flags: $FLAGS" >&2
exec java -cp "$BUILD_DIR/sourcebook.jar:$BUILD_DIR/lib/*" org.sourcebook.bench.BenchRunner \
  --jar "$BUILD_DIR/sourcebook.jar" --java "$JAVA" --jvm-flags "$FLAGS" "$@"
