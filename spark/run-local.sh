#!/usr/bin/env bash
# Runs OrderCycle's Spark application on this machine, on local[2], without a Spark installation:
# Spark's jars come from Maven (about 250 MB, downloaded once into ~/.m2).
# Usage: spark/run-local.sh COMMAND ARGS...
#   COMMAND is compare, sweep or attribute, with the arguments of ./ordercycle COMMAND, e.g.
#   spark/run-local.sh compare scenarios/classroom.yaml --replications 5 --out reports/spark-cmp
# SPARK_MASTER=local[4] uses four cores; SPARK_CONF passes settings, e.g.
#   SPARK_CONF="-Dspark.ordercycle.partitions=8 -Dspark.ordercycle.store=file:/tmp/runs"
# Paths in ARGS are read from the folder you run the script in, as with ./ordercycle.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
main_jar="$root/target/ordercycle-all.jar"
spark_jar="$here/target/ordercycle-spark.jar"
classpath_file="$here/target/spark-classpath.txt"

newer_than() {  # true when the file $1 is missing or something under $2... is newer
  local file="$1"; shift
  [ ! -f "$file" ] && return 0
  [ -n "$(find "$@" -newer "$file" -print -quit 2>/dev/null)" ]
}

if newer_than "$main_jar" "$root/src/main" "$root/pom.xml"; then
  echo "Building OrderCycle (about a minute)..." >&2
  (cd "$root" && ./mvnw -q -B -Dmaven.test.skip=true package >&2)
fi
if newer_than "$spark_jar" "$here/src/main" "$here/pom.xml" "$main_jar"; then
  echo "Building the Spark application..." >&2
  (cd "$root" && ./mvnw -q -B -f spark/pom.xml -Dmaven.test.skip=true package >&2)
fi
if newer_than "$classpath_file" "$here/pom.xml"; then
  # Spark's own jars (provided scope): what a Spark installation would put on the class path
  (cd "$root" && ./mvnw -q -B -f spark/pom.xml dependency:build-classpath -DincludeScope=provided \
    -Dmdep.outputFile="$classpath_file" >&2)
fi

# Spark's jars first and the application's after, as spark-submit orders them.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# Spark logs through Log4j (warnings only: log4j2.properties); the application's SLF4J calls go there too.
# JAVA_OPTS and SPARK_CONF are split on spaces on purpose, so that each can hold several options.
# A collector chosen in JAVA_OPTS (-XX:+UseG1GC, ...) replaces the options' one: Java refuses two.
gc_off=""
case " ${JAVA_OPTS:-} " in
  *" -XX:+Use"*"GC "*) gc_off="-XX:-UseParallelGC" ;;
esac
# shellcheck disable=SC2086
exec java @"$here/jvm.options" -Dlog4j.configurationFile="$here/log4j2.properties" $gc_off ${JAVA_OPTS:-} \
  -Dspark.master="${SPARK_MASTER:-local[2]}" -Dspark.ui.enabled=false \
  ${SPARK_CONF:-} -cp "$(cat "$classpath_file"):$main_jar:$spark_jar" org.ordercycle.spark.SparkMain "$@"
